// Preloaded into each measured process (`--import`): at exit, writes the whole
// process's peak resident set size and CPU time (worker threads included) as
// JSON to $BENCH_USAGE_FILE, so the tools measured need no changes.
import fs from 'node:fs'

process.on('exit', () => {
  if (!process.env.BENCH_USAGE_FILE) return
  const {maxRSS, userCPUTime, systemCPUTime} = process.resourceUsage()
  fs.writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({maxRSS, userCPUTime, systemCPUTime}))
})
