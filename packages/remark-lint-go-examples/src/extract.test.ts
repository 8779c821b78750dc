import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {describe, expect, it} from 'vitest'
import {extractGoExamples, hashSource, normaliseOutput, normaliseSource, outputComment, startsWithPackage} from './extract.ts'

/** The examples of a Markdown text. */
function extract(markdown: string) {
  return extractGoExamples(remark().use(remarkGfm).parse(markdown))
}

const program = (body = 'func main() {}') => `package main\n\n${body}\n`
const fence = (meta: string, code: string, lang = 'go') => `\`\`\`${lang}${meta ? ' ' + meta : ''}\n${code}\`\`\`\n`

describe('hash normalisation', () => {
  it('ignores line endings, trailing whitespace and surrounding blank lines', () => {
    const base = 'package main\n\nfunc main() {\n\tprintln("x")\n}\n'
    expect(normaliseSource('\n\r\npackage main\r\n\r\nfunc main() {  \r\n\tprintln("x")\t\r\n}\r\n\n')).toBe(base)
    expect(hashSource('package main  \n\nfunc main() {\n\tprintln("x")\n}')).toBe(hashSource(base))
    expect(hashSource(base)).toMatch(/^sha256-[0-9a-f]{64}$/)
  })

  it('changes with any other edit: an identifier, indentation, a comment, a blank line inside', () => {
    const base = hashSource('package main\n\nfunc main() {\n\tprintln("x")\n}\n')
    for (const edited of [
      'package main\n\nfunc main() {\n\tprintln("y")\n}\n',
      'package main\n\nfunc main() {\n    println("x")\n}\n',
      'package main\n\n// x\nfunc main() {\n\tprintln("x")\n}\n',
      'package main\nfunc main() {\n\tprintln("x")\n}\n',
    ]) {
      expect(hashSource(edited)).not.toBe(base)
    }
  })

  it('compares output with trailing spaces and surrounding blank lines cut, as go test does', () => {
    expect(normaliseOutput('\nhello  \nworld\n\n')).toBe('hello\nworld')
  })
})

describe('package clause detection', () => {
  it('finds `package` after blank lines, line comments, block comments and build constraints', () => {
    expect(startsWithPackage('package main\n')).toBe(true)
    expect(startsWithPackage('\n// Copyright\n//go:build linux\n\npackage demo // the demo\n')).toBe(true)
    expect(startsWithPackage('/* a\n   b */\npackage 示例\n')).toBe(true)
  })

  it('does not take code, a later package clause or a word starting with package for one', () => {
    expect(startsWithPackage('// 简化示意\nfunc f() {}\n')).toBe(false)
    expect(startsWithPackage('x := 1\npackage main\n')).toBe(false)
    expect(startsWithPackage('packages := 3\n')).toBe(false)
    expect(startsWithPackage('')).toBe(false)
  })
})

describe('output comments', () => {
  it('reads the comment lines after the last `// Output:`', () => {
    expect(outputComment('func main() {\n\tfmt.Println("a")\n\t// Output:\n\t// a\n\t//   b\n}\n')).toBe('a\n  b')
    expect(outputComment('// Output: one line\n')).toBe('one line')
    expect(outputComment('// Output: x\n// x\nfunc f() {}\n// Output:\n// y\n')).toBe('y')
    expect(outputComment('func main() {}\n')).toBeUndefined()
  })
})

describe('the meta grammar', () => {
  it('makes a block starting with `package` a program and anything else a fragment, unless the meta says', () => {
    const examples = extract(fence('', program()) + '\n' + fence('', 'x := 1\n') + '\n' + fence('fragment', 'y := 2\n') + '\n' + fence('program', '// 注释\npackage main\n'))
    expect(examples.blocks.map((block) => [block.kind, block.explicit, block.line])).toEqual([
      ['program', false, 1],
      ['fragment', false, 7],
      ['fragment', true, 11],
      ['program', true, 15],
    ])
    expect(examples.programs).toHaveLength(2)
    expect(examples.fragments.map((block) => block.line)).toEqual([7, 11])
    expect(examples.problems).toEqual([])
  })

  it('gathers the blocks of one `program=<name>` into one program, in order, even with other programs between', () => {
    const markdown = [fence('program=demo', program()), fence('', program()), fence('program=demo', 'package main\n\nfunc helper() {}\n'), fence('program=other', program())].join('\n')
    const examples = extract(markdown)
    expect(examples.programs.map((entry) => entry.files.map((block) => block.line))).toEqual([[1, 13], [7], [19]])
    expect(examples.programs[0]?.files.map((block) => block.name)).toEqual(['demo', 'demo'])
  })

  it('attaches a test file to the program before it', () => {
    const markdown = [fence('', program()), fence('program=two', program()), fence('test', 'package main\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n')].join('\n')
    const examples = extract(markdown)
    expect(examples.programs.map((entry) => entry.tests.map((block) => block.line))).toEqual([[], [13]])
    expect(examples.blocks.at(-1)?.kind).toBe('test')
  })

  it('takes the expected output from `// Output:` or from a following `text output` block', () => {
    const fromComment = extract(fence('', program('func main() {\n\tprintln("hi")\n\t// Output:\n\t// hi\n}')))
    expect(fromComment.programs[0]?.output).toMatchObject({text: 'hi', from: 'output-comment'})
    const fromBlock = extract(fence('', program()) + '\n' + fence('output', 'hello  \nworld\n\n', 'text'))
    expect(fromBlock.programs[0]?.output).toMatchObject({text: 'hello\nworld', from: 'output-block'})
    const plainText = extract(fence('', program()) + '\n' + fence('', 'not an output\n', 'text'))
    expect(plainText.programs[0]?.output).toBeUndefined()
  })

  it('hashes a program from its files, tests and expected output', () => {
    const base = fence('', program()) + '\n' + fence('output', 'a\n', 'text')
    const hash = (markdown: string) => extract(markdown).programs[0]?.hash
    expect(hash(base)).toBe(hash('# 标题\n\n' + base))
    expect(hash(base)).not.toBe(hash(fence('', program()) + '\n' + fence('output', 'b\n', 'text')))
    expect(hash(base)).not.toBe(hash(base + '\n' + fence('test', 'package main\n')))
  })

  it('reports words it does not know, two kinds, a lone test and a lone or second output, with the block', () => {
    const markdown = [
      fence('output', 'x\n', 'text'),
      fence('test', program()),
      fence('fragmnet', 'x := 1\n'),
      fence('program=', program()),
      fence('test=x', program()),
      fence('fragment program', program()),
      fence('', program('func main() {}\n// Output: a')),
      fence('output', 'b\n', 'text'),
    ].join('\n')
    const examples = extract(markdown)
    expect(examples.problems.map((problem) => `${problem.node.position?.start.line}: ${problem.reason}`)).toEqual([
      '1: Unexpected `output` block with no Go program before it, expected it right after the program whose output it shows',
      '5: Unexpected `test` block with no Go program before it, expected a complete program (a block starting with `package`) earlier in the chapter',
      '11: Unexpected `fragmnet` in the meta of a Go block, expected `program`, `program=<name>`, `test`, or `fragment`',
      '15: Unexpected `program=` in the meta of a Go block, expected `program`, `program=<name>`, `test`, or `fragment`',
      '21: Unexpected `test=x` in the meta of a Go block, expected `program`, `program=<name>`, `test`, or `fragment`',
      '27: Unexpected `program` after `fragment` in the meta of a Go block, expected one kind per block',
      '40: Unexpected second expected output for one program, expected one `// Output:` comment or one `text output` block',
    ])
  })

  it('ignores other languages and text blocks that are not output', () => {
    expect(extract(fence('', 'echo hi\n', 'bash') + '\n' + fence('', 'tree\n', 'text')).blocks).toEqual([])
  })
})
