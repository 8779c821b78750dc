/**
 * Git plumbing over a Moby clone (bare or checked out): resolve a ref, list
 * the tree at a commit, read blobs in one batch. No network, no checkout.
 */
import {spawnSync} from 'node:child_process'

/** One entry of the tree at a commit. */
export interface TreeEntry {
  readonly path: string
  readonly type: 'blob' | 'tree'
  readonly id: string
  readonly size: number
}

/** An error of a git command, with what was asked. */
export class GitError extends Error {}

/** Run git in `directory`; throw a `GitError` naming the command on failure. */
function git(directory: string, args: readonly string[], input?: string): Buffer {
  const result = spawnSync('git', ['-C', directory, ...args], {input, maxBuffer: 2 ** 31 - 1})
  if (result.error) throw new GitError(`Could not run \`git ${args.join(' ')}\` in \`${directory}\`: ${result.error.message}`, {cause: result.error})
  if (result.status !== 0) {
    throw new GitError(`\`git ${args.join(' ')}\` failed in \`${directory}\`: ${result.stderr.toString().trim() || `exit code ${result.status}`}`)
  }
  return result.stdout
}

/** The commit a ref (tag, branch, commit) points to. */
export function resolveCommit(directory: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError(`Unexpected ref \`${ref}\`, expected a tag, branch or commit such as \`docker-v29.7.2\``)
  try {
    return git(directory, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim()
  } catch (error) {
    throw new GitError(`Unexpected ref \`${ref}\` unknown in \`${directory}\`, expected a tag, branch or commit of the Moby repository`, {cause: error})
  }
}

/** Every blob and tree at `commit`, by path. */
export function listTree(directory: string, commit: string): Map<string, TreeEntry> {
  const output = git(directory, ['ls-tree', '-r', '-t', '--long', '-z', commit]).toString()
  const entries = new Map<string, TreeEntry>()
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t')
    if (tab === -1) continue
    const [, type, id, size] = record.slice(0, tab).split(/\s+/)
    if ((type !== 'blob' && type !== 'tree') || !id) continue
    const path = record.slice(tab + 1)
    entries.set(path, {path, type, id, size: type === 'blob' ? Number(size) : 0})
  }
  return entries
}

/** Contents of blobs by id, read with one `git cat-file --batch`. */
export function readBlobs(directory: string, ids: readonly string[]): Map<string, Buffer> {
  const unique = [...new Set(ids)]
  const blobs = new Map<string, Buffer>()
  if (unique.length === 0) return blobs
  const output = git(directory, ['cat-file', '--batch'], unique.join('\n') + '\n')
  let offset = 0
  while (offset < output.length) {
    const newline = output.indexOf(10, offset)
    if (newline === -1) break
    const header = output.subarray(offset, newline).toString().split(' ')
    offset = newline + 1
    if (header[1] === 'missing') continue
    const size = Number(header[2])
    if (header[0]) blobs.set(header[0], output.subarray(offset, offset + size))
    offset += size + 1
  }
  return blobs
}

/** Lines of a text: the number of line feeds, plus one for a last line without one. */
export function countLines(content: Buffer): number {
  if (content.length === 0) return 0
  let lines = 0
  for (const byte of content) if (byte === 10) lines++
  return content.at(-1) === 10 ? lines : lines + 1
}
