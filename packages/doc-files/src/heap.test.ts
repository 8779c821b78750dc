import v8 from 'node:v8'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {limitHeapGrowth, scavengeAlone} from './heap.ts'

describe('the V8 settings of the executables', () => {
  const execArgv = process.execArgv
  afterEach(() => {
    vi.restoreAllMocks()
    process.execArgv = execArgv
  })

  it('sets V8’s heap growth for the process', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {})
    process.execArgv = execArgv.filter((argument) => !argument.includes('heap-growing-percent'))
    limitHeapGrowth(150)
    expect(set).toHaveBeenCalledWith('--heap-growing-percent=150')
  })

  it('keeps a setting given to node', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {})
    process.execArgv = [...execArgv, '--heap-growing-percent=0']
    limitHeapGrowth(100)
    process.execArgv = [...execArgv, '--heap_growing_percent=40']
    limitHeapGrowth(100)
    expect(set).not.toHaveBeenCalled()
  })

  it('turns parallel scavenging off, unless node was told either way', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {})
    process.execArgv = execArgv.filter((argument) => !argument.includes('parallel-scavenge'))
    scavengeAlone()
    expect(set).toHaveBeenCalledWith('--no-parallel-scavenge')
    set.mockClear()
    process.execArgv = [...execArgv, '--parallel-scavenge']
    scavengeAlone()
    expect(set).not.toHaveBeenCalled()
  })
})
