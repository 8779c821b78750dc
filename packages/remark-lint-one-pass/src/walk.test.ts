import type {Nodes, Parents} from 'mdast'
import {remark} from 'remark'
import {describe, expect, it} from 'vitest'
import type {CheckRun} from './check.ts'
import {walk, type WalkEntry} from './walk.ts'

const tree = remark().parse('# A *b*\n\n- c\n')

/** A run that logs `label:phase:type[:ancestor types]` for the nodes it is given. */
function logging(label: string, log: string[], withAncestors = false): CheckRun {
  const line = (phase: string, node: Nodes, ancestors: readonly Parents[]) =>
    log.push(`${label}:${phase}:${node.type}` + (withAncestors ? ':' + ancestors.map((parent) => parent.type).join('/') : ''))
  return {enter: (node, ancestors) => line('enter', node, ancestors), exit: (node, ancestors) => line('exit', node, ancestors), end: () => log.push(`${label}:end`)}
}

/** An entry that records its errors. */
function entry(run: CheckRun, types: readonly string[] | undefined, errors: unknown[] = []): WalkEntry {
  return {types, run, fail: (error) => errors.push(error)}
}

describe('walk', () => {
  it('gives each run the nodes of its types, in document order, enter before and exit after the children, with the ancestors', () => {
    const log: string[] = []
    walk(tree, [entry(logging('a', log, true), ['heading', 'emphasis', 'listItem'])])
    expect(log).toEqual([
      'a:enter:heading:root',
      'a:enter:emphasis:root/heading',
      'a:exit:emphasis:root/heading',
      'a:exit:heading:root',
      'a:enter:listItem:root/list',
      'a:exit:listItem:root/list',
      'a:end',
    ])
  })

  it('gives a run without types every node, and calls runs in their listed order at each step', () => {
    const log: string[] = []
    walk(tree, [entry(logging('all', log), undefined), entry(logging('h', log), ['heading'])])
    expect(log.slice(0, 4)).toEqual(['all:enter:root', 'all:enter:heading', 'h:enter:heading', 'all:enter:text'])
    expect(log.filter((line) => line.startsWith('all:enter')).length).toBe(9)
    expect(log.slice(-2)).toEqual(['all:end', 'h:end'])
  })

  it('stops a run at its first error and reports it, while the others go on', () => {
    const log: string[] = []
    const errors: unknown[] = []
    const failing: CheckRun = {
      enter(node) {
        log.push('failing:' + node.type)
        if (node.type === 'emphasis') throw new Error('boom')
      },
      end: () => log.push('failing:end'),
    }
    walk(tree, [entry(failing, ['heading', 'emphasis', 'listItem'], errors), entry(logging('b', log), ['listItem'])])
    expect(errors).toEqual([new Error('boom')])
    expect(log).toEqual(['failing:heading', 'failing:emphasis', 'b:enter:listItem', 'b:exit:listItem', 'b:end'])
  })

  it('does not walk when no run has `enter` or `exit`, and still ends them', () => {
    const log: string[] = []
    walk(tree, [entry({end: () => log.push('end')}, undefined)])
    expect(log).toEqual(['end'])
  })
})
