/**
 * A Go declaration scanner: the package clause and the top-level
 * declarations of one Go file (funcs, methods with their receiver type,
 * types, consts, vars), plus the fields of struct types and the methods of
 * interface types. It reads gofmt'd source line by line (top-level
 * declarations start in column 0), which every Go file in Moby and its
 * vendor tree is; it is not a parser and does not need to be one.
 */

/** What a declared name is. */
export type DeclarationKind = 'func' | 'method' | 'type' | 'const' | 'var' | 'field' | 'interface-method'

/** One declared name. */
export interface Declaration {
  /** The name as written (`ContainerCreate`). */
  readonly name: string
  readonly kind: DeclarationKind
  /** Receiver type of a method, or the struct or interface type of a field or interface method. */
  readonly owner?: string
  /** 1-based line of the declaration. */
  readonly line: number
}

/** What a Go file declares. */
export interface GoFile {
  /** The name in the package clause, `''` when there is none. */
  readonly packageName: string
  /** Explicit import aliases: alias to import path (`cerrdefs` → `github.com/containerd/errdefs`). */
  readonly aliases: ReadonlyMap<string, string>
  readonly declarations: readonly Declaration[]
}

const identifier = String.raw`[\p{L}_][\p{L}\p{Nd}_]*`
const packageClause = new RegExp(String.raw`^package (${identifier})`, 'u')
const funcLine = new RegExp(String.raw`^func (${identifier})\s*[[(]`, 'u')
const methodLine = new RegExp(String.raw`^func \((?:${identifier}\s+)?\*?(${identifier})(?:\[[^\]]*\])?\)\s*(${identifier})\s*[[(]`, 'u')
const typeLine = new RegExp(String.raw`^type (${identifier})\b(.*)$`, 'u')
const valueLine = new RegExp(String.raw`^(const|var) (${identifier}(?:\s*,\s*${identifier})*)`, 'u')
const groupedType = new RegExp(String.raw`^\t(${identifier})(?:\[[^\]]*\])?\s+(.*)$`, 'u')
const groupedValue = new RegExp(String.raw`^\t(${identifier}(?:\s*,\s*${identifier})*)(?:\s|$)`, 'u')
const fieldLine = new RegExp(String.raw`^\s*(${identifier}(?:\s*,\s*${identifier})*)\s+\S`, 'u')
const embeddedLine = new RegExp(String.raw`^\s*\*?(?:${identifier}\.)?(${identifier})(?:\[[^\]]*\])?\s*(?:""\s*)?$`, 'u')
const interfaceMethodLine = new RegExp(String.raw`^\s*(${identifier})\(`, 'u')
const importLine = /^(?:import\s+|\t)(?:([\p{L}_][\p{L}\p{Nd}_]*|\.)\s+)?"([^"]+)"/u

/** Scan one Go file. */
export function scanGoFile(text: string): GoFile {
  const lines = text.split('\n')
  let packageName = ''
  const aliases = new Map<string, string>()
  const declarations: Declaration[] = []
  /** The open `(` group at top level: `const`, `var`, `type` or `import`. */
  let group: string | undefined
  /** The struct or interface body being read, with its brace depth. */
  let body: {owner: string; kind: 'struct' | 'interface'; depth: number} | undefined
  /** Inside a raw string literal that spans lines. */
  let rawString = false
  /** Inside a block comment that spans lines. */
  let blockComment = false

  for (const [index, rawLine] of lines.entries()) {
    const lineNumber = index + 1
    const line = rawLine.replace(/\r$/, '')
    if (rawString) {
      if (line.includes('`')) rawString = false
      continue
    }
    if (blockComment) {
      if (line.includes('*/')) blockComment = false
      continue
    }
    if (/^\s*\/\*/.test(line) && !line.slice(line.indexOf('/*') + 2).includes('*/')) {
      blockComment = true
      continue
    }
    if (body) {
      const code = stripLiterals(line)
      if (body.depth === 1) {
        if (body.kind === 'struct') {
          const field = fieldLine.exec(code)
          const embedded = field ? undefined : embeddedLine.exec(code)
          if (field?.[1]) for (const name of splitNames(field[1])) declarations.push({name, kind: 'field', owner: body.owner, line: lineNumber})
          else if (embedded?.[1]) declarations.push({name: embedded[1], kind: 'field', owner: body.owner, line: lineNumber})
        } else {
          const method = interfaceMethodLine.exec(code)
          if (method?.[1]) declarations.push({name: method[1], kind: 'interface-method', owner: body.owner, line: lineNumber})
        }
      }
      body.depth += braceDelta(code)
      if (body.depth <= 0) body = undefined
      continue
    }
    if (group) {
      if (line.startsWith(')')) {
        group = undefined
        continue
      }
      if (group === 'import') {
        const imported = importLine.exec(line)
        if (imported?.[1] && imported[1] !== '.' && imported[1] !== '_' && imported[2]) aliases.set(imported[1], imported[2])
      } else if (group === 'type') {
        const declared = groupedType.exec(line)
        if (declared?.[1]) {
          declarations.push({name: declared[1], kind: 'type', line: lineNumber})
          body = openBody(declared[1], declared[2] ?? '')
        }
      } else {
        const declared = groupedValue.exec(line)
        if (declared?.[1] && !line.startsWith('\t//')) {
          for (const name of splitNames(declared[1])) declarations.push({name, kind: group as 'const' | 'var', line: lineNumber})
        }
      }
      if (opensRawString(line)) rawString = true
      continue
    }
    const clause = packageClause.exec(line)
    if (clause?.[1]) {
      packageName = clause[1]
      continue
    }
    if (line.startsWith('import')) {
      if (/^import\s*\(\s*\)/.test(line)) continue
      if (/^import\s*\(/.test(line)) group = 'import'
      else {
        const imported = importLine.exec(line)
        if (imported?.[1] && imported[1] !== '.' && imported[1] !== '_' && imported[2]) aliases.set(imported[1], imported[2])
      }
      continue
    }
    const method = methodLine.exec(line)
    if (method?.[1] && method[2]) {
      declarations.push({name: method[2], kind: 'method', owner: method[1], line: lineNumber})
    } else {
      const func = funcLine.exec(line)
      if (func?.[1]) declarations.push({name: func[1], kind: 'func', line: lineNumber})
    }
    const type = typeLine.exec(line)
    if (type?.[1]) {
      declarations.push({name: type[1], kind: 'type', line: lineNumber})
      body = openBody(type[1], type[2] ?? '')
      continue
    }
    if (/^type\s*\($/.test(line)) {
      group = 'type'
      continue
    }
    const grouped = /^(const|var)\s*\($/.exec(line)
    if (grouped?.[1]) {
      group = grouped[1]
      continue
    }
    const value = valueLine.exec(line)
    if (value?.[1] && value[2]) {
      for (const name of splitNames(value[2])) declarations.push({name, kind: value[1] as 'const' | 'var', line: lineNumber})
    }
    if (opensRawString(line)) rawString = true
  }
  return {packageName, aliases, declarations}
}

/** Start reading a struct or interface body when the type line opens one. */
function openBody(owner: string, rest: string): {owner: string; kind: 'struct' | 'interface'; depth: number} | undefined {
  const kind = /^(?:\[[^\]]*\]\s*)?(?:=\s*)?(struct|interface)\s*\{/.exec(rest.trim())?.[1] as 'struct' | 'interface' | undefined
  if (!kind) return undefined
  const depth = braceDelta(stripLiterals(rest))
  return depth > 0 ? {owner, kind, depth} : undefined
}

/** Names of `a, b, c`. */
function splitNames(names: string): string[] {
  return names.split(',').map((name) => name.trim()).filter((name) => name !== '' && name !== '_')
}

/** Net `{` minus `}` of a line without literals and comments. */
function braceDelta(code: string): number {
  let delta = 0
  for (const character of code) {
    if (character === '{') delta++
    else if (character === '}') delta--
  }
  return delta
}

/** A line without its string, rune and raw-string literals (on that line) and its comment. */
function stripLiterals(line: string): string {
  return stripComment(line.replace(/`[^`]*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""'))
}

/** A line without a trailing `//` comment (after literals were removed). */
function stripComment(line: string): string {
  const at = line.indexOf('//')
  return at === -1 ? line : line.slice(0, at)
}

/** Whether a raw string literal starts on this line and goes on to the next. */
function opensRawString(line: string): boolean {
  return stripComment(line.replace(/`[^`]*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')).includes('`')
}
