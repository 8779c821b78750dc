/**
 * How far V8 lets a heap grow past what its last full collection found
 * alive, for the tools that parse one file after another (`doc-lint`,
 * `check-links`).
 *
 * V8 chooses that factor itself, up to 4 ×, by how cheap collecting has been.
 * Parsing Markdown allocates fast and leaves little alive, so collecting is
 * cheap and the factor sits near its top; and the collection that happens
 * while a large file's tree is alive sets the limit for all the small files
 * after it. Peak memory then follows the largest file times four and rises
 * with the size of the doc set, which has more large files the larger it is.
 * On the 16 MB benchmark corpus (`pnpm bench`), interleaved medians:
 *
 * - `doc-lint` (two workers): 530–640 MiB with V8's choice; 405 MiB at
 *   150 % growth (2.5 ×) for about 5 % more CPU; 403 MiB at 100 % for
 *   12 % more. It uses 150.
 * - `check-links`: 490–540 MiB with V8's choice, 363 MiB at 100 % and less
 *   CPU than V8's choice (fewer fresh pages for the kernel to zero); 398 MiB
 *   and 20 % more CPU at 150 %. It uses 100.
 *
 * The setting is V8's and the whole process's (every worker thread too), so
 * only the executables call this, before any work; a library function never
 * changes it. A `--heap-growing-percent` given to `node` is kept (`0` gives
 * the choice back to V8).
 */
import v8 from 'node:v8'

/** Let each heap grow `percent` past its live size before V8 collects it again, unless `node` was given its own setting. */
export function limitHeapGrowth(percent: number): void {
  if (process.execArgv.some((argument) => /^--heap[-_]growing[-_]percent\b/.test(argument))) return
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`)
}

/**
 * Make each of V8's young-generation collections (scavenges) run on its own
 * thread, for a process whose threads already keep every core busy (`doc-lint`
 * with one worker per core). V8 splits a scavenge into tasks for helper
 * threads and waits for them; with no idle core those tasks wait for one, and
 * the thread that asked waits with them. On the 16 MB benchmark corpus with
 * two workers on two cores: 6 % less wall time, the same CPU; with a core to
 * spare (`--jobs 1`) the split pays (5 % less wall time), so it is kept there.
 * Process-wide, like `limitHeapGrowth`; a `--parallel-scavenge` or
 * `--no-parallel-scavenge` given to `node` is kept.
 */
export function scavengeAlone(): void {
  if (process.execArgv.some((argument) => /^--(no-)?parallel[-_]scavenge\b/.test(argument))) return
  v8.setFlagsFromString('--no-parallel-scavenge')
}
