import {execFileSync} from 'node:child_process'
import fc from 'fast-check'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, expectTypeOf, it} from 'vitest'
import * as docFiles from './index.ts'
import {
  ChangedError,
  errorLine,
  FileError,
  LimitError,
  listMarkdownFiles,
  nestingDepth,
  oneLine,
  prepareWrite,
  readInside,
  UsageError,
  writeInside,
  type Listing,
} from './index.ts'

let root = ''
let outside = ''
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-files-'))
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-files-outside-'))
  fs.writeFileSync(path.join(outside, 'secret.md'), '# secret\n')
})
afterEach(() => {
  fs.rmSync(root, {recursive: true, force: true})
  fs.rmSync(outside, {recursive: true, force: true})
})

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  fs.writeFileSync(path.join(root, file), text)
}
const relative = (listing: Listing) => listing.files.map((file) => path.relative(root, file))

describe('@moby-anatomy/doc-files', () => {
  it('exports exactly its public surface', () => {
    expect(Object.keys(docFiles).sort()).toEqual(
      [
        'ChangedError', 'FileError', 'LimitError', 'UsageError', 'defaultLimits', 'defaultSkipFolders', 'errorLine', 'exitCode', 'formatBytes', 'ignoredBy',
        'isInside', 'isParseArgsError', 'isSymbolicLink', 'limitHeapGrowth', 'limitProblem', 'listMarkdownFiles', 'nestingDepth', 'oneLine', 'parseSubcommand', 'prepareWrite', 'readInside', 'scavengeAlone',
        'realPathInside', 'runCommand', 'shownPath', 'stableJson', 'systemCode', 'systemReason', 'writeInside',
      ].sort(),
    )
  })

  it('types its API', () => {
    expectTypeOf(listMarkdownFiles).returns.toEqualTypeOf<Listing>()
    expectTypeOf(readInside).returns.toHaveProperty('bytes').toEqualTypeOf<Buffer>()
    expectTypeOf<ChangedError>().toMatchTypeOf<FileError>()
    expectTypeOf(docFiles.exitCode).toEqualTypeOf<{readonly clean: 0; readonly findings: 1; readonly error: 2}>()
  })
})

describe('stableJson', () => {
  it('sorts object keys at every depth, keeps array order, indents by two and ends with a newline', () => {
    expect(docFiles.stableJson({b: 1, a: [{d: 2, c: 3}, 0]})).toBe('{\n  "a": [\n    {\n      "c": 3,\n      "d": 2\n    },\n    0\n  ],\n  "b": 1\n}\n')
  })
})

describe('parseSubcommand', () => {
  const options = {moby: 'string', check: 'boolean'} as const
  it('returns the command and the options given', () => {
    expect(docFiles.parseSubcommand(['lock', '--moby', 'dir', '--check'], ['lock', 'drift'], options)).toEqual({help: false, command: 'lock', values: {moby: 'dir', check: true}})
    expect(docFiles.parseSubcommand(['-h'], ['lock'], options)).toEqual({help: true, command: '', values: {}})
  })
  it('names an unknown command, a missing one, an unknown flag and a stray argument in one UsageError', () => {
    expect(() => docFiles.parseSubcommand(['lokc'], ['lock', 'drift'], options)).toThrow(new UsageError('Unexpected command `lokc`, expected `lock` or `drift`'))
    expect(() => docFiles.parseSubcommand([], ['lock'], options)).toThrow(new UsageError('Unexpected command (none), expected `lock`'))
    expect(() => docFiles.parseSubcommand(['lock', '--mob', 'x'], ['lock'], options)).toThrow(UsageError)
    expect(() => docFiles.parseSubcommand(['lock', 'extra'], ['lock'], options)).toThrow(UsageError)
  })
})

describe('listMarkdownFiles', () => {
  it('lists regular Markdown files, sorted, skipping build folders and ignored paths', () => {
    write('b.md', '# b\n')
    write('a.markdown', '# a\n')
    write('sub/c.md', '# c\n')
    write('node_modules/x.md', '')
    write('fixtures/y.md', '')
    write('notes.txt', '')
    const listing = listMarkdownFiles([root], {isIgnored: (file) => file.endsWith('fixtures')})
    expect(relative(listing)).toEqual(['a.markdown', 'b.md', path.join('sub', 'c.md')])
    expect(listing.skipped).toEqual([])
    expect(relative(listMarkdownFiles([root], {recursive: false, isIgnored: (file) => file.endsWith('fixtures')}))).toEqual(['a.markdown', 'b.md'])
  })

  // Issue 12, item 9.
  it('skips a FIFO and a link to /dev/zero without reading them, and says so', () => {
    write('ok.md', '# ok\n')
    execFileSync('mkfifo', [path.join(root, 'pipe.md')])
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.md'))
    const listing = listMarkdownFiles([root])
    expect(relative(listing)).toEqual(['ok.md'])
    expect(listing.skipped.map((entry) => [path.relative(root, entry.file), entry.reason])).toEqual([
      ['pipe.md', 'is not a regular file (a FIFO, socket or device; not read)'],
      ['zero.md', 'is a symbolic link out of the doc set (not read)'],
    ])
  })

  // Issue 12, item 9: two links to `.` made the walk exponential; a loop listed a file 41 times.
  it('walks each folder once and lists each real file once, cutting cycles', () => {
    write('a.md', '# a\n')
    write('sub/b.md', '# b\n')
    fs.symlinkSync('.', path.join(root, 'x'))
    fs.symlinkSync('.', path.join(root, 'y'))
    fs.symlinkSync('..', path.join(root, 'sub', 'up'))
    fs.symlinkSync('a.md', path.join(root, 'alias.md'))
    fs.symlinkSync('loop.md', path.join(root, 'loop.md'))
    const listing = listMarkdownFiles([root])
    expect(relative(listing)).toEqual(['a.md', path.join('sub', 'b.md')])
    expect(listing.skipped.map((entry) => path.relative(root, entry.file))).toEqual(['loop.md'])
    expect(listing.skipped[0]?.reason).toMatch(/ELOOP/)
  })

  // Issue 12, item 6.
  it('never follows a link out of the root, for files or folders', () => {
    write('a.md', '# a\n')
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, '07-passwd.md'))
    fs.symlinkSync(outside, path.join(root, 'elsewhere'))
    const listing = listMarkdownFiles([root])
    expect(relative(listing)).toEqual(['a.md'])
    expect(listing.skipped.map((entry) => path.relative(root, entry.file)).sort()).toEqual(['07-passwd.md', 'elsewhere'])
    expect(listing.roots.get(path.join(root, 'a.md'))).toBe(fs.realpathSync(root))
  })

  // Issue 12, item 7: what lies outside is not described, so a link to nothing out there reads like any link out.
  it('calls a dangling link out of the root a link out, not a missing file', () => {
    fs.symlinkSync(path.join(outside, 'nothing-here.md'), path.join(root, 'dangling.md'))
    fs.symlinkSync('missing-inside.md', path.join(root, 'broken.md'))
    const listing = listMarkdownFiles([root])
    expect(listing.skipped.map((entry) => `${path.relative(root, entry.file)} ${entry.reason}`).sort()).toEqual([
      'broken.md cannot be read (ENOENT: no such file or directory)',
      'dangling.md is a symbolic link out of the doc set (not read)',
    ])
  })

  it('throws a usage error for a path that does not exist', () => {
    expect(() => listMarkdownFiles([path.join(root, 'missing')])).toThrow(UsageError)
  })
})

describe('readInside', () => {
  it('reads a regular file inside the root', () => {
    write('a.md', '# a\n')
    expect(readInside(path.join(root, 'a.md'), {root}).bytes.toString()).toBe('# a\n')
  })

  it('refuses a link out of the root, a FIFO (without hanging) and a file over the size limit', () => {
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'out.md'))
    expect(() => readInside(path.join(root, 'out.md'), {root})).toThrow(/symbolic link out of the doc set/)
    execFileSync('mkfifo', [path.join(root, 'pipe.md')])
    expect(() => readInside(path.join(root, 'pipe.md'), {root})).toThrow(/not a regular file/)
    write('big.md', 'x'.repeat(2000))
    expect(() => readInside(path.join(root, 'big.md'), {root, maxBytes: 1000})).toThrow(LimitError)
    expect(() => readInside(path.join(root, 'big.md'), {root, maxBytes: 1000})).toThrow('Unexpected file of 2,000 bytes, expected at most 1,000 bytes (the file-size limit)')
  })
})

describe('writeInside', () => {
  const leftovers = () => fs.readdirSync(root).filter((name) => name.endsWith('.tmp'))

  it('replaces the file whole, keeps its mode and leaves no temporary file', () => {
    write('a.md', 'old\n')
    fs.chmodSync(path.join(root, 'a.md'), 0o640)
    writeInside(path.join(root, 'a.md'), 'new\n', {root, expected: Buffer.from('old\n')})
    expect(fs.readFileSync(path.join(root, 'a.md'), 'utf8')).toBe('new\n')
    expect(fs.statSync(path.join(root, 'a.md')).mode & 0o777).toBe(0o640)
    expect(leftovers()).toEqual([])
  })

  // Issue 12, item 6.
  it('refuses a symbolic link as target and a target outside the root', () => {
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'link.md'))
    expect(() => writeInside(path.join(root, 'link.md'), 'x', {root})).toThrow(/symbolic link as write target/)
    fs.symlinkSync(outside, path.join(root, 'dir'))
    expect(() => writeInside(path.join(root, 'dir', 'secret.md'), 'x', {root})).toThrow(/outside the doc set/)
    expect(fs.readFileSync(path.join(outside, 'secret.md'), 'utf8')).toBe('# secret\n')
    expect(leftovers()).toEqual([])
  })

  // Issue 12, item 3.
  it('does not overwrite a file that changed since it was read, checked again just before the rename', () => {
    write('a.md', 'edited by someone\n')
    expect(() => writeInside(path.join(root, 'a.md'), 'fixed\n', {root, expected: Buffer.from('as read\n')})).toThrow(ChangedError)
    write('b.md', 'as read\n')
    const prepared = prepareWrite(path.join(root, 'b.md'), 'fixed\n', {root, expected: Buffer.from('as read\n')})
    write('b.md', 'saved meanwhile\n')
    expect(() => prepared.commit()).toThrow(ChangedError)
    expect(fs.readFileSync(path.join(root, 'b.md'), 'utf8')).toBe('saved meanwhile\n')
    expect(leftovers()).toEqual([])
  })

  it('creates a file only when told it must not exist yet', () => {
    writeInside(path.join(root, 'new.md'), 'x\n', {root, expected: null})
    expect(() => writeInside(path.join(root, 'new.md'), 'y\n', {root, expected: null})).toThrow(ChangedError)
  })
})

describe('limits and the command-line convention', () => {
  // Issue 12, item 11.
  it('measures nesting before parsing', () => {
    expect(nestingDepth('# a\n\n> > b\n')).toBe(2)
    expect(nestingDepth(`${'>'.repeat(10_000)} x\n`)).toBe(10_000)
    expect(nestingDepth('- a\n  - b\n    - c\n')).toBe(2)
  })

  it('measures the same nesting in a text and in its UTF-8 bytes', () => {
    const enc = new TextEncoder()
    expect(nestingDepth(enc.encode('\uFEFF> 引用\n\t\t> > 中文\r\n  -  \u00A0> x'))).toBe(nestingDepth('\uFEFF> 引用\n\t\t> > 中文\r\n  -  \u00A0> x'))
    // Lines of prefix characters mixed with multi-byte ones, which must end a prefix in both forms.
    const unit = fc.constantFrom('>', ' ', '\t', '\n', '\r', '-', 'a', '中', '\u00A0', '\u3000', '😀', '\uFEFF')
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 80}), (units) => {
        const text = units.join('')
        expect(nestingDepth(enc.encode(text))).toBe(nestingDepth(text))
      }),
      {numRuns: 2000},
    )
    // Any bytes, valid UTF-8 or not, against their decoding as `Buffer#toString` does it (U+FFFD for a bad sequence).
    const byte = fc.constantFrom(0x3e, 0x20, 0x09, 0x0a, 0x0d, 0x61, 0x80, 0xbf, 0xc3, 0xe4, 0xef, 0xf0, 0xff)
    fc.assert(
      fc.property(fc.array(byte, {maxLength: 80}), (bytes) => {
        expect(nestingDepth(Uint8Array.from(bytes))).toBe(nestingDepth(Buffer.from(bytes).toString('utf8')))
      }),
      {numRuns: 2000},
    )
  })

  it('prints every error on one line: usage errors with the usage, file errors with the file', () => {
    const options = {name: 'tool', usage: 'Usage: tool', cwd: root}
    expect(errorLine(options, new UsageError('Unexpected flag'))).toBe('tool: Unexpected flag\n\nUsage: tool')
    expect(errorLine(options, new FileError(path.join(root, 'a.md'), 'cannot be read (EACCES: permission denied)'))).toBe('tool: a.md: cannot be read (EACCES: permission denied)')
    expect(errorLine(options, new Error('bad\n::error file=x::forged'))).toBe('tool: bad\\u000a::error file=x::forged')
    expect(oneLine('a\u0000b\u001bc')).toBe('a\\u0000b\\u001bc')
    expect(oneLine('a\u202eb\u2066c')).toBe('a\\u202eb\\u2066c')
  })
})
