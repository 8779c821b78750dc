/**
 * ## What is this?
 *
 * A [remark-lint](https://github.com/remarkjs/remark-lint) rule that checks
 * the Moby source a chapter cites: every repository path (`daemon/create.go`,
 * `api/types/container/`), line range (`daemon/create.go:40-60`,
 * `#L40-L60`), Go symbol (`Daemon.ContainerCreate`, `client.New`,
 * `cerrdefs.IsNotFound`, `NewDaemon()`) and GitHub link into `moby/moby`
 * must exist at the pinned tag. It reads what exists from a lock file,
 * `refs.lock.json`, that `pnpm refs:lock --moby <git dir>` writes from a Moby
 * clone with git plumbing, so lint needs neither git nor the network. A
 * GitHub permalink always answers 200; this rule notices when the code
 * moved.
 *
 * ## When should I use this?
 *
 * Use it on a doc set that analyses a pinned version of Moby. Run
 * `pnpm refs:lock --moby <git dir>` after citing something new;
 * `pnpm refs:drift --moby <git dir> --to <newer ref>` before moving the pin
 * lists what would break.
 *
 * What counts as a reference (everything else is prose and is not checked):
 *
 * - **Path**: inline code whose first segment is a top-level folder Moby has
 *   had (`api`, `client`, `cmd`, `daemon`, `pkg`, `vendor`, … and the pre-v29
 *   ones such as `builder` or `libnetwork`, so stale paths are caught), with an
 *   optional trailing `/` and line suffix `:12`, `:12-20`, `#L12`, `#L12-L20`.
 *   Not paths: absolute paths (`/var/run/docker.sock`), URLs, module paths
 *   (`github.com/moby/moby/v2`), single names (`go.mod`, `Dockerfile`: as
 *   likely the reader's as Moby's).
 * - **Link**: a link or definition to
 *   `https://github.com/moby/moby/blob/<ref>/<path>` or `/tree/…`, with an
 *   optional `#L12-L20`. At the pinned tag it is checked like a path; at a
 *   commit it is a permalink that cannot drift and is left alone; at a branch
 *   or another tag it is reported.
 * - **Symbol**: inline code `A.B` or `A.B.C` of Go identifiers, or `name()`,
 *   with an optional leading `*` and trailing `()`. `A` is a package (its
 *   name, or an import alias Moby uses for it, such as `cerrdefs` for
 *   `github.com/containerd/errdefs` under `vendor/`) or a type (`A.B` is then
 *   a method, struct field or interface method of `A`); `A.B.C` is package,
 *   type, member; `name()` is a func or method. Not symbols: a bare name
 *   without `()` (`HostConfig`, `Running`: as often a JSON field or a word), a
 *   qualifier that is a Go standard-library package (`net.Error`,
 *   `sync.Mutex`), a last part that is a file extension (`config.v2.json`,
 *   `metadata.db`), anything with spaces (`docker run`).
 *
 * Code blocks are not read: they hold sketches, not citations.
 *
 * ## API
 *
 * The default export is the rule, `remarkLintSourceRefs`, used as a unified
 * plugin with optional `Options`. Messages have the source `remark-lint` and
 * the rule id `source-refs`, so `<!--lint ignore source-refs-->` works on
 * them. `@moby-anatomy/remark-lint-source-refs/extract` exports the grammar
 * (`extractReferences`, `classifyCode`, `classifyUrl`);
 * `@moby-anatomy/remark-lint-source-refs/lock` the lock format (`RefsLock`,
 * `readLock`, `serializeLock`, `lockFileName`).
 *
 * The lock is written by the `moby-refs` command of `@moby-anatomy/moby-refs`
 * (in this repository `pnpm refs:lock` and `pnpm refs:drift`), which resolves
 * the references with git plumbing; see its README.
 *
 * The lock records the repository, the pinned ref and its commit, and per
 * reference whether it exists; for a file its blob id and line count; for a
 * folder its tree id; for a symbol where it is declared (file, line, kind,
 * blob); for a missing path the existing paths with the same name; for a
 * missing symbol where a symbol of that name is declared. Keys are sorted,
 * so the file is stable across runs.
 *
 * ## Options
 *
 * - `lock` (`string`, default: the nearest `refs.lock.json` from the linted
 *   file's folder up to the folder of its package, the one holding
 *   `package.json`): the lock file, relative to the working directory.
 *
 * The rule needs project data: a doc set without a lock is not checked (its
 * inline code is ordinary code, not Moby citations). To turn it on, write a
 * lock with `moby-refs lock --moby <git dir> --docs <folder>`, or name one with
 * `lock`: a named lock that is missing is reported.
 *
 * A wrong option or a lock that is not the JSON `refs:lock` writes stops the
 * run with a message naming it.
 *
 * ## Compatibility
 *
 * remark-lint 10, unified 11, Node 22.11 and later. The lock is read once per
 * run (again only when it changes on disk). A run keeps the last four locks it
 * read ([`lru-cache`](https://github.com/isaacs/node-lru-cache), the field's
 * bounded cache): a run over many doc sets no longer holds every set's lock.
 *
 * @module source-refs
 * @example
 *   {"name": "ok.md", "files": {"refs.lock.json": {"lockfileVersion": 1, "repository": "github.com/moby/moby", "ref": "docker-v29.7.2", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "references": {"path:daemon/create.go": {"kind": "path", "exists": true, "type": "blob", "blob": "793a400d5865b20cb7c035f4b58bf8310c17e586", "lines": 404}, "path:daemon/server": {"kind": "path", "exists": true, "type": "tree", "tree": "758f88dcced1fc67f39fc634604902ab7d859f71"}, "symbol:Daemon.ContainerCreate": {"kind": "symbol", "exists": true, "declarations": [{"file": "daemon/create.go", "line": 52, "kind": "method", "blob": "793a400d5865b20cb7c035f4b58bf8310c17e586"}], "count": 1}, "symbol:cerrdefs.IsNotFound": {"kind": "symbol", "exists": true, "declarations": [{"file": "vendor/github.com/containerd/errdefs/errors.go", "line": 134, "kind": "func", "blob": "f654d1964960767cb4594270d355aaf156a51539"}], "count": 1}}}}}
 *
 *   # 创建容器
 *
 *   `Daemon.ContainerCreate` 位于 `daemon/create.go:52-60`，路由在 `daemon/server/` 之下；
 *   错误用 `cerrdefs.IsNotFound()` 判断。网页见
 *   [create.go](https://github.com/moby/moby/blob/docker-v29.7.2/daemon/create.go#L52-L60)，
 *   旧实现见 [永久链接](https://github.com/moby/moby/blob/4b9a4b8e0f0e/api/server/server.go)。
 *
 *   这些不是引用：`docker run`、`HostConfig`、`net.Error`、`config.v2.json`、
 *   `go.mod`、`/var/run/docker.sock`、`github.com/moby/moby/v2`。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"refs.lock.json": {"lockfileVersion": 1, "repository": "github.com/moby/moby", "ref": "docker-v29.7.2", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "references": {"path:daemon/create.go": {"kind": "path", "exists": true, "type": "blob", "blob": "793a400d5865b20cb7c035f4b58bf8310c17e586", "lines": 404}, "path:daemon/server": {"kind": "path", "exists": true, "type": "tree", "tree": "758f88dcced1fc67f39fc634604902ab7d859f71"}, "path:api/server/server.go": {"kind": "path", "exists": false, "candidates": ["daemon/server/server.go", "daemon/internal/containerd/server/embedded/server.go", "daemon/libnetwork/diagnostic/server.go"]}, "path:cmd/dockerd/daemon.go": {"kind": "path", "exists": false, "candidates": ["daemon/daemon.go", "daemon/command/daemon.go", "integration-cli/daemon/daemon.go"]}, "symbol:api.DefaultVersion": {"kind": "symbol", "exists": false, "candidates": []}, "symbol:client.NewClient": {"kind": "symbol", "exists": false, "candidates": [{"symbol": "client.New", "file": "client/client.go", "line": 191}, {"symbol": "client.NewClientWithOpts", "file": "client/client.go", "line": 171}, {"symbol": "client.Client", "file": "client/client.go", "line": 127}]}}}}}
 *
 *   # 旧路径
 *
 *   服务器曾在 `api/server/server.go`，入口曾在 `cmd/dockerd/daemon.go`。
 *   版本常量 `api.DefaultVersion`，构造函数 `client.NewClient()`。
 *   新增的 `daemon/start.go` 还没有锁定。
 *   行号 `daemon/create.go#L400-L420` 越界，`daemon/create.go:20-10` 倒置，`daemon/server:3` 是目录。
 *   [主分支](https://github.com/moby/moby/blob/master/daemon/create.go)。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:7-3:29: Unexpected missing path `api/server/server.go` at `docker-v29.7.2`, expected an existing file or folder: did you mean `daemon/server/server.go`, `daemon/internal/containerd/server/embedded/server.go`, or `daemon/libnetwork/diagnostic/server.go`?
 *   3:35-3:58: Unexpected missing path `cmd/dockerd/daemon.go` at `docker-v29.7.2`, expected an existing file or folder: did you mean `daemon/daemon.go`, `daemon/command/daemon.go`, or `integration-cli/daemon/daemon.go`?
 *   4:6-4:26: Unexpected undeclared symbol `api.DefaultVersion` at `docker-v29.7.2`, expected a declared Go name
 *   4:32-4:52: Unexpected undeclared symbol `client.NewClient` at `docker-v29.7.2`, expected a declared Go name: did you mean `client.New` (`client/client.go:191`), `client.NewClientWithOpts` (`client/client.go:171`), or `client.Client` (`client/client.go:127`)?
 *   5:5-5:22: Unexpected path `daemon/start.go` missing from `refs.lock.json`, expected it locked: run `pnpm refs:lock --moby <git dir>`
 *   6:4-6:32: Unexpected line range `L400-L420` for `daemon/create.go`, expected lines within 1-404 (its length at `docker-v29.7.2`)
 *   6:36-6:60: Unexpected line range `L20-L10` for `daemon/create.go`, expected a first line from 1 to the last line
 *   6:64-6:81: Unexpected line range `L3` on folder `daemon/server`, expected a file
 *   7:1-7:65: Unexpected link to `master`, expected the pinned tag `docker-v29.7.2` or a commit
 *
 * @example
 *   {"name": "no-lock.md"}
 *
 *   A doc set without a lock: `Release.Name`, `target.dockerfile`, `now()` and
 *   `daemon/create.go` are not checked.
 *
 * @example
 *   {"name": "named-lock.md", "label": "input", "config": {"lock": "refs.lock.json"}}
 *
 *   `daemon/create.go` 与 `Daemon.ContainerCreate`。
 *
 * @example
 *   {"name": "named-lock.md", "label": "output"}
 *
 *   1:1-1:19: Unexpected source reference `daemon/create.go` without a lock file, expected `refs.lock.json`: run `pnpm refs:lock --moby <git dir>`
 *
 * @example
 *   {"name": "option.md", "config": {"lock": "locks/moby.json"}, "files": {"locks/moby.json": {"lockfileVersion": 1, "repository": "github.com/moby/moby", "ref": "docker-v29.7.2", "commit": "6a43e3d5afddf4111da0f864bbc7cae5d7e95001", "references": {"path:client/client.go": {"kind": "path", "exists": true, "type": "blob", "blob": "4b4ef976a31e9a087d34dab8297847281f9316c4", "lines": 455}}}}}
 *
 *   `client/client.go` 定义了客户端。
 *
 * @example
 *   {"name": "bad-lock.md", "label": "input", "files": {"refs.lock.json": "{\"lockfileVersion\": 2}"}}
 *
 *   `client/client.go`
 *
 * @example
 *   {"name": "bad-lock.md", "label": "output"}
 *
 *   1:1: Unexpected lock file `refs.lock.json` (`lockfileVersion` is not `1`), expected the JSON that `pnpm refs:lock --moby <git dir>` writes
 *
 * @example
 *   {"name": "bad-option.md", "label": "input", "config": {"lock": 3}}
 *
 *   `client/client.go`
 *
 * @example
 *   {"name": "bad-option.md", "label": "output"}
 *
 *   1:1: Unexpected value `3` for `options.lock` of `source-refs`, expected a non-empty string
 */

export {default} from './rule.ts'
export type {Options, Settings} from './rule.ts'
