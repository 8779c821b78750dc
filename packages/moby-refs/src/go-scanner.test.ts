import {describe, expect, it} from 'vitest'
import {scanGoFile} from './go-scanner.ts'

const source = `// Package demo is a test.
package demo

import (
	"context"
	cerrdefs "github.com/containerd/errdefs"
	_ "embed"
)

import single "example.com/single"

const MaxAPIVersion = "1.55"

const (
	StateRunning State = iota // running
	StateExited
	a, b = 1, 2
)

var (
	ErrGone = cerrdefs.ErrNotFound
	// a comment
	_ = context.Background
)

var one, two int

type (
	ID string
	Options[T any] struct {
		Value T
	}
)

// Daemon is the engine.
type Daemon struct {
	containers map[string]string // a comment with { braces
	Host, Port string
	*Embedded
	other.Outer \`json:"outer"\`
	nested struct {
		Inner int
	}
}

type Backend interface {
	ContainerCreate(ctx context.Context) error
	io.Closer
}

type Alias = Daemon

func NewDaemon() *Daemon { return nil }

func Map[K comparable, V any](m map[K]V) {}

func (daemon *Daemon) ContainerCreate(ctx context.Context) error {
	text := \`
func Fake() {}
type Fake struct {
\`
	_ = text
	return nil
}

func (o Options[T]) Get() T { return o.Value }

func (*Daemon) noName() {}
`

describe('scanGoFile', () => {
  const scanned = scanGoFile(source)
  const declared = scanned.declarations.map((declaration) => `${declaration.kind} ${declaration.owner ? declaration.owner + '.' : ''}${declaration.name}:${declaration.line}`)

  it('reads the package clause and explicit import aliases', () => {
    expect(scanned.packageName).toBe('demo')
    expect(Object.fromEntries(scanned.aliases)).toEqual({cerrdefs: 'github.com/containerd/errdefs', single: 'example.com/single'})
  })

  it('finds funcs, methods with their receiver (generic, unnamed), types, consts and vars with their lines', () => {
    expect(declared).toEqual(
      expect.arrayContaining([
        'const MaxAPIVersion:12',
        'const StateRunning:15',
        'const StateExited:16',
        'const a:17',
        'const b:17',
        'var ErrGone:21',
        'var one:26',
        'var two:26',
        'type ID:29',
        'type Options:30',
        'type Daemon:36',
        'type Backend:46',
        'type Alias:51',
        'func NewDaemon:53',
        'func Map:55',
        'method Daemon.ContainerCreate:57',
        'method Options.Get:66',
        'method Daemon.noName:68',
      ]),
    )
  })

  it('finds struct fields (embedded ones by type name) and interface methods, not nested fields', () => {
    expect(declared).toEqual(
      expect.arrayContaining([
        'field Options.Value:31',
        'field Daemon.containers:37',
        'field Daemon.Host:38',
        'field Daemon.Port:38',
        'field Daemon.Embedded:39',
        'field Daemon.Outer:40',
        'field Daemon.nested:41',
        'interface-method Backend.ContainerCreate:47',
      ]),
    )
    expect(declared.some((line) => line.includes('Inner'))).toBe(false)
  })

  it('does not read declarations inside raw strings or blank names', () => {
    expect(declared.some((line) => line.includes('Fake'))).toBe(false)
    expect(declared.some((line) => / _:/.test(line))).toBe(false)
  })

  it('reads past an empty import group and block comments with backquotes', () => {
    const odd = scanGoFile('package odd\n\nimport ()\n\n/*\n * from zfs diff`s escape function\nfunc Fake() {}\n */\nfunc Real() {}\n')
    expect(odd.declarations.map((declaration) => `${declaration.name}:${declaration.line}`)).toEqual(['Real:9'])
  })

  it('reads CRLF sources the same way', () => {
    expect(scanGoFile(source.replaceAll('\n', '\r\n')).declarations).toEqual(scanned.declarations)
  })
})
