import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkConfig, defaultConfig, loadConfig, UsageError} from './config.ts'

describe('linkinator.config.json', () => {
  it('defaults every field when there is no file', () => {
    expect(loadConfig(fs.mkdtempSync(path.join(os.tmpdir(), 'link-config-')))).toEqual(defaultConfig)
  })

  it('reads linkinator keys and ours, ignoring keys only linkinator uses', () => {
    expect(checkConfig({skip: ['^https://x\\.test/'], concurrency: 2, timeout: 50, retries: 0, markdown: true}, 'test')).toEqual({
      ...defaultConfig,
      skip: ['^https://x\\.test/'],
      concurrency: 2,
      timeout: 50,
      retries: 0,
    })
  })

  it.each([
    [{skip: [1]}, 'Unexpected value [1] for `skip` in test, expected an array of regular expressions'],
    [{skip: ['(']}, 'Unexpected regular expression `(` in `skip` in test'],
    [{timeout: 0}, 'Unexpected value 0 for `timeout` in test, expected an integer >= 1'],
    [{retries: 1.5}, 'Unexpected value 1.5 for `retries` in test, expected an integer >= 0'],
    [{retry: true}, 'Unexpected key `retry` in test, expected one of `skip`, `concurrency`, `timeout`, `retries`, `retryDelay`, `maxRetryDelay`'],
    [[], 'Unexpected [] in test, expected an object'],
  ])('names the field of a bad value %j', (value, message) => {
    expect(() => checkConfig(value, 'test')).toThrow(UsageError)
    expect(() => checkConfig(value, 'test')).toThrow(message)
  })

  it('names the file when it is not JSON', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'link-config-'))
    fs.writeFileSync(path.join(folder, 'linkinator.config.json'), '{skip: []}')
    expect(() => loadConfig(folder)).toThrow(`Unexpected content in ${path.join(folder, 'linkinator.config.json')}, expected JSON`)
  })
})
