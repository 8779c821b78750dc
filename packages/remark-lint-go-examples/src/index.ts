/**
 * ## What is this?
 *
 * A [remark-lint](https://github.com/remarkjs/remark-lint) rule that checks
 * that every complete Go program of a chapter, and every test file that goes
 * with one, was built, vetted and (where it states its output) run against
 * Moby's `client/` and `api/` at the pinned tag. It reads what was verified
 * from a lock file, `examples.lock.json`, that
 * `pnpm examples:verify --moby <git dir>` (the `go-examples` command of
 * `@moby-anatomy/go-examples`) writes, matching each block by the hash of its
 * source; lint needs neither Go, git nor the network. A reader who pastes a
 * program and gets a compile error stops trusting the book; this rule
 * notices the edit that would cause it.
 *
 * ## When should I use this?
 *
 * Use it on a doc set whose Go examples call the Moby SDK and which keeps an
 * `examples.lock.json` beside its chapters. A doc set without that file is
 * not checked at all (the rule cannot know whether its programs build, so it
 * says nothing rather than warn on every program), unless `lock` names a file.
 *
 * What a ```` ```go ```` block is, from the words of its meta:
 *
 * - **program** (the default for a block whose first line that is neither
 *   blank nor a comment is a `package` clause): a complete Go package, built
 *   with `go build` and checked with `go vet`. `program=<name>`: the blocks of
 *   one chapter with the same name are the files of one program, in order.
 * - **test** (` ```go test `): a `_test.go` file of the program before it in
 *   the chapter, vetted with it and run with `go test`.
 * - **fragment** (` ```go fragment `, the default for a block that does not
 *   start with `package`): a sketch not meant to compile alone; not checked,
 *   except that a block marked `fragment` which starts with `package` is
 *   reported (it looks like a program, so it should be verified).
 *
 * A program that needs no daemon may state its output, and then it is run
 * and its output compared: Go's own way, a comment `// Output:` followed by
 * comment lines (the last such comment in the program's files), or a
 * ```` ```text output ```` block after the program.
 *
 * ## API
 *
 * The default export is the rule, `remarkLintGoExamples`, used as a unified
 * plugin with optional `Options`. Messages have the source `remark-lint` and
 * the rule id `go-examples`, so `<!--lint ignore go-examples-->` works on
 * them. `@moby-anatomy/remark-lint-go-examples/extract` exports the grammar
 * (`extractGoExamples`, `normaliseSource`, `hashSource`, `startsWithPackage`,
 * `outputComment`, …); `@moby-anatomy/remark-lint-go-examples/lock` the lock
 * (`readLock`, `parseLock`, `serializeLock`, its types). The verifier that
 * writes the lock is `@moby-anatomy/go-examples`.
 *
 * A block's hash is the SHA-256 of its source with line endings as `\n`,
 * trailing spaces cut from each line and surrounding blank lines dropped:
 * any other edit, even of a comment, asks for a new verification. Each lock
 * entry also records the hash of the whole program (files, tests, expected
 * output), so adding, removing or editing one file of a program is noticed at
 * the program's first block.
 *
 * ## Options
 *
 * - `lock` (`string`, default: the nearest `examples.lock.json` from the
 *   linted file's folder up to the folder of its package, the one holding
 *   `package.json`; none: the rule is off): the lock file, relative to the
 *   working directory. A named lock that does not exist is reported at the
 *   first program.
 *
 * A wrong option or a lock that is not the JSON `examples:verify` writes stops
 * the run with a message naming it.
 *
 * ## Compatibility
 *
 * remark-lint 10, unified 11, Node 22.11 and later. The lock is read once per
 * run (again only when it changes on disk). The last four locks read are kept
 * ([`lru-cache`](https://github.com/isaacs/node-lru-cache), the field's bounded
 * cache): a run over many doc sets no longer holds every set's lock.
 *
 * @module go-examples
 * @example
 *   {"name": "ok.md", "files": {"examples.lock.json": {"lockfileVersion": 1, "repository": "github.com/moby/moby", "ref": "docker-v29.7.2", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "examples": [{"chapter": "ok.md", "line": 3, "kind": "program", "hash": "sha256-bcb5e663c00133af8709ba38a94e9ac5dc48d7f83aaca41f39f8a544ba0af4f0", "program": "sha256-8c01dcbf652b7d6c0e8f9972ae6709ea3e13210ab04eded429500526a9ad429d", "go": "go1.24.4", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "result": "ok", "checked": ["build", "vet"]}, {"chapter": "ok.md", "line": 22, "kind": "program", "hash": "sha256-17c40e966815c8c71be3dd3145f3867b5d9ca4aa8b2c571df27caa9913516f72", "program": "sha256-8cb000f6b6ab395f5d691c7195d389adf4084e1488e6bdcfad848591711f1437", "go": "go1.24.4", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "result": "ok", "checked": ["build", "vet", "output", "test"], "output": "output-block"}, {"chapter": "ok.md", "line": 28, "kind": "program", "hash": "sha256-b71ec1c9d211b943fbc9b0cb594013f8443c2cb4bb6908c8e3bd365436898c8d", "program": "sha256-8cb000f6b6ab395f5d691c7195d389adf4084e1488e6bdcfad848591711f1437", "go": "go1.24.4", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "result": "ok", "checked": ["build", "vet", "output", "test"], "output": "output-block"}, {"chapter": "ok.md", "line": 40, "kind": "test", "hash": "sha256-e994de3304d85b4ba8be6bc493e5cc643ec4e4ee2acb1949547e1a6597c9d062", "program": "sha256-8cb000f6b6ab395f5d691c7195d389adf4084e1488e6bdcfad848591711f1437", "go": "go1.24.4", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "result": "ok", "checked": ["build", "vet", "output", "test"], "output": "output-block"}]}}}
 *
 *   # 启动容器
 *
 *   ```go
 *   package main
 *
 *   import (
 *   	"context"
 *
 *   	"github.com/moby/moby/client"
 *   )
 *
 *   func main() {
 *   	cli, _ := client.New(client.FromEnv)
 *   	_, _ = cli.ContainerStart(context.Background(), "web", client.ContainerStartOptions{})
 *   }
 *   ```
 *
 *   ```go fragment
 *   _, err := cli.ContainerStart(ctx, id, client.ContainerStartOptions{})
 *   ```
 *
 *   ```go program=greet
 *   package main
 *
 *   func main() { greet("moby") }
 *   ```
 *
 *   ```go program=greet
 *   package main
 *
 *   import "fmt"
 *
 *   func greet(name string) { fmt.Println("hello,", name) }
 *   ```
 *
 *   ```text output
 *   hello, moby
 *   ```
 *
 *   ```go test
 *   package main
 *
 *   import "testing"
 *
 *   func TestGreet(t *testing.T) { greet("test") }
 *   ```
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"examples.lock.json": {"lockfileVersion": 1, "repository": "github.com/moby/moby", "ref": "docker-v29.7.2", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "examples": [{"chapter": "ok.md", "line": 22, "kind": "program", "hash": "sha256-17c40e966815c8c71be3dd3145f3867b5d9ca4aa8b2c571df27caa9913516f72", "program": "sha256-8cb000f6b6ab395f5d691c7195d389adf4084e1488e6bdcfad848591711f1437", "go": "go1.24.4", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "result": "ok", "checked": ["build", "vet", "output", "test"], "output": "output-block"}, {"chapter": "ok.md", "line": 28, "kind": "program", "hash": "sha256-b71ec1c9d211b943fbc9b0cb594013f8443c2cb4bb6908c8e3bd365436898c8d", "program": "sha256-8cb000f6b6ab395f5d691c7195d389adf4084e1488e6bdcfad848591711f1437", "go": "go1.24.4", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "result": "ok", "checked": ["build", "vet", "output", "test"], "output": "output-block"}, {"chapter": "not-ok.md", "line": 38, "kind": "program", "hash": "sha256-1cd5468510039fee48a1897e7e47c77ecd22b268ffa0d040e8ea8b341e3ee0bc", "program": "sha256-223b902e94482ff05e4876f8f961cb562d8daae747a432233772ef54032f6afc", "go": "go1.24.4", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "result": "failed", "checked": ["build"], "reason": "go build: not-ok.md:41:15: undefined: undefined"}]}}}
 *
 *   ```go test
 *   package main
 *
 *   import "testing"
 *
 *   func TestNothing(t *testing.T) {}
 *   ```
 *
 *   ```text output
 *   hello
 *   ```
 *
 *   ```go
 *   package main
 *
 *   import (
 *   	"context"
 *
 *   	"github.com/moby/moby/client"
 *   )
 *
 *   func main() {
 *   	cli, _ := client.New(client.FromEnv)
 *   	_, _ = cli.ContainerStarts(context.Background(), "web", client.ContainerStartOptions{})
 *   }
 *   ```
 *
 *   ```go fragment
 *   package main
 *
 *   func main() {}
 *   ```
 *
 *   ```go fragmnet
 *   x := 1
 *   ```
 *
 *   ```go
 *   package main
 *
 *   func main() { undefined() }
 *   ```
 *
 *   ```go program=greet
 *   package main
 *
 *   func main() { greet("moby") }
 *   ```
 *
 *   ```go program=greet
 *   package main
 *
 *   import "fmt"
 *
 *   func greet(name string) { fmt.Println("hello,", name) }
 *   ```
 *
 *   ```text output
 *   hello, docker
 *   ```
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-7:4: Unexpected `test` block with no Go program before it, expected a complete program (a block starting with `package`) earlier in the chapter
 *   9:1-11:4: Unexpected `output` block with no Go program before it, expected it right after the program whose output it shows
 *   13:1-26:4: Unexpected unverified Go example, expected `pnpm examples:verify --moby <git dir>` to have built it at `docker-v29.7.2`
 *   28:1-32:4: Unexpected `fragment` on a Go block that starts with `package`, expected a complete program (drop `fragment`) that `pnpm examples:verify --moby <git dir>` verifies
 *   34:1-36:4: Unexpected `fragmnet` in the meta of a Go block, expected `program`, `program=<name>`, `test`, or `fragment`
 *   38:1-42:4: Unexpected Go example that fails at `docker-v29.7.2` (`go build: not-ok.md:41:15: undefined: undefined`), expected it to build, pass `go vet` and print its expected output, if any
 *   44:1-48:4: Unexpected Go program changed since it was verified (a file, test or expected output added, removed or edited), expected `pnpm examples:verify --moby <git dir>` to have built it as it is now
 *
 * @example
 *   {"name": "grammar.md", "label": "input", "files": {"examples.lock.json": {"lockfileVersion": 1, "repository": "github.com/moby/moby", "ref": "docker-v29.7.2", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "examples": []}}}
 *
 *   ```go program fragment
 *   package main
 *
 *   func main() { println("a") }
 *   ```
 *
 *   ```text output
 *   a
 *   ```
 *
 *   ```text output
 *   b
 *   ```
 *
 * @example
 *   {"name": "grammar.md", "label": "output"}
 *
 *   1:1-5:4: Unexpected `fragment` after `program` in the meta of a Go block, expected one kind per block
 *   1:1-5:4: Unexpected unverified Go example, expected `pnpm examples:verify --moby <git dir>` to have built it at `docker-v29.7.2`
 *   11:1-13:4: Unexpected second expected output for one program, expected one `// Output:` comment or one `text output` block
 *
 * @example
 *   {"name": "no-lock.md"}
 *
 *   # 启动容器
 *
 *   ```go
 *   package main
 *
 *   import (
 *   	"context"
 *
 *   	"github.com/moby/moby/client"
 *   )
 *
 *   func main() {
 *   	cli, _ := client.New(client.FromEnv)
 *   	_, _ = cli.ContainerStart(context.Background(), "web", client.ContainerStartOptions{})
 *   }
 *   ```
 *
 *
 * @example
 *   {"name": "named-lock.md", "label": "input", "config": {"lock": "locks/go.json"}}
 *
 *   # 启动容器
 *
 *   ```go
 *   package main
 *
 *   import (
 *   	"context"
 *
 *   	"github.com/moby/moby/client"
 *   )
 *
 *   func main() {
 *   	cli, _ := client.New(client.FromEnv)
 *   	_, _ = cli.ContainerStart(context.Background(), "web", client.ContainerStartOptions{})
 *   }
 *   ```
 *
 *
 * @example
 *   {"name": "named-lock.md", "label": "output"}
 *
 *   3:1-16:4: Unexpected Go example without a lock file, expected `locks/go.json`: run `pnpm examples:verify --moby <git dir>`
 *
 * @example
 *   {"name": "bad-lock.md", "label": "input", "files": {"examples.lock.json": "{\"lockfileVersion\": 1, \"repository\": \"github.com/moby/moby\", \"ref\": \"docker-v29.7.2\", \"commit\": \"6a43e3d5afddf4111da0f864bbc7cae5d7e95001\", \"examples\": [{\"chapter\": \"bad-lock.md\"}]}"}}
 *
 *   ```go
 *   package main
 *
 *   func main() {}
 *   ```
 *
 * @example
 *   {"name": "bad-lock.md", "label": "output"}
 *
 *   1:1: Unexpected lock file `examples.lock.json` (`examples[0]` lacks `chapter`, `line`, `kind`, `hash`, `program` or `result`), expected the JSON that `pnpm examples:verify --moby <git dir>` writes
 *
 * @example
 *   {"name": "bad-option.md", "label": "input", "config": {"lock": ""}}
 *
 *   ```go
 *   package main
 *
 *   func main() {}
 *   ```
 *
 * @example
 *   {"name": "bad-option.md", "label": "output"}
 *
 *   1:1: Unexpected value `""` for `options.lock` of `go-examples`, expected a non-empty string
 */

export {default} from './rule.ts'
export type {Options} from './rule.ts'
