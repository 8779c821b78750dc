/**
 * ## What is this?
 *
 * A [remark-lint](https://github.com/remarkjs/remark-lint) rule that says
 * clearly when a "Markdown" file is not text: a file with bytes that are not
 * UTF-8 gets one message at the first bad byte (remark would otherwise read
 * them as `U+FFFD` and lint the damaged text in silence); a binary file (one
 * holding a NUL byte) gets one message, and the other rules' findings on it
 * are dropped as noise.
 *
 * ## When should I use this?
 *
 * In any doc set linted from disk, last in the list of rules (it drops the
 * findings of the rules before it on binary files). The Moby Anatomy preset
 * puts it last.
 *
 * ## API
 *
 * The default export is the rule, `remarkLintTextEncoding`; it has no
 * options. Messages have the source `remark-lint` and the rule id
 * `text-encoding`. `firstInvalidByte(bytes)` is exported too.
 *
 * The file is re-read from disk only when its text holds `U+FFFD`, so clean
 * files cost one string search.
 *
 * ## Compatibility
 *
 * remark-lint 10, unified 11, Node 22.11 and later.
 *
 * @module text-encoding
 * @example
 *   {"name": "ok.md"}
 *
 *   # 标题
 *
 *   正文里的 U+FFFD 字符 � 本身是合法的 UTF-8。
 *
 * @example
 *   {"name": "latin1.md", "label": "input", "inputHex": "2320e6a087e9a298 0a 0a 636166e9 0a"}
 *
 * @example
 *   {"name": "latin1.md", "label": "output"}
 *
 *   3:4: Unexpected byte `0xe9` that is not UTF-8 (byte 13), expected UTF-8 text: re-save the file as UTF-8
 *
 * @example
 *   {"name": "image.md", "label": "input", "inputHex": "89504e470d0a1a0a0000000d49484452"}
 *
 * @example
 *   {"name": "image.md", "label": "output"}
 *
 *   3:1: Unexpected NUL byte, expected a text file: this looks like a binary file, not Markdown
 */

export {default, firstInvalidByte} from './rule.ts'
