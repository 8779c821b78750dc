// Preloaded into each measured process (`--import`): writes its peak resident
// set size (KiB) to $BENCH_RSS_FILE at exit, so tools need no changes.
import fs from 'node:fs'

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
