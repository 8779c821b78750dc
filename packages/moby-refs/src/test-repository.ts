/**
 * For tests: a small Moby-like git repository in a temporary folder, with Go
 * files over two annotated tags and a branch. Not part of the package API.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Files at the first tag, `v1.0.0`. */
export const firstFiles: Readonly<Record<string, string>> = {
  'go.mod': 'module github.com/example/moby/v2\n\ngo 1.26\n',
  'client/go.mod': 'module github.com/example/moby/client\n\ngo 1.24\n',
  'client/client.go': `package client

// MaxAPIVersion is the newest API version.
const MaxAPIVersion = "1.55"

// Client talks to the daemon.
type Client struct {
	host    string
	version string
}

// New returns a client.
func New(host string) (*Client, error) {
	return &Client{host: host}, nil
}

// Close closes the client.
func (cli *Client) Close() error { return nil }
`,
  'daemon/create.go': `package daemon

import (
	"context"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/example/moby/v2/daemon/container"
)

// Daemon holds the state of the engine.
type Daemon struct {
	containers container.Store
	root       string
}

// NewDaemon sets up a daemon.
func NewDaemon() *Daemon { return &Daemon{} }

// ContainerCreate creates a container.
func (daemon *Daemon) ContainerCreate(ctx context.Context) error {
	if cerrdefs.IsNotFound(nil) {
		return nil
	}
	return nil
}
`,
  'daemon/container/store.go': `package container

// Store holds containers.
type Store interface {
	Get(id string) *Container
	Size() int
}

// Container is one container.
type Container struct {
	ID string
	State
}

// State is the state of a container.
type State struct {
	Running bool
}

// Wait waits for a state.
func (s *State) Wait() {}
`,
  'daemon/server/server.go': 'package server\n\n// Server serves the API.\ntype Server struct{}\n\n// CreateMux builds the router.\nfunc (s *Server) CreateMux() {}\n',
  'cmd/dockerd/daemon.go': 'package main\n\ntype daemonCLI struct{}\n\nfunc (cli *daemonCLI) start() error { return nil }\n',
  'vendor/github.com/containerd/errdefs/errors.go': 'package errdefs\n\n// IsNotFound reports a missing object.\nfunc IsNotFound(err error) bool { return false }\n',
  'docs/README.md': '# Docs\n',
}

/** Changes at the second tag, `v2.0.0`: `null` deletes. */
export const secondChanges: Readonly<Record<string, string | null>> = {
  'cmd/dockerd/daemon.go': null,
  'daemon/command/daemon.go': 'package command\n\ntype daemonCLI struct{}\n\nfunc (cli *daemonCLI) start() error { return nil }\n',
  'daemon/create.go': (firstFiles['daemon/create.go'] ?? '') + '\n// containerCreate is the inner step.\nfunc (daemon *Daemon) containerCreate() error { return nil }\n',
  'client/client.go': (firstFiles['client/client.go'] ?? '').replace('func New(', 'func NewClient('),
}

/** A test repository and how to remove it. */
export interface TestRepository {
  /** The checkout, or the bare git directory. */
  readonly directory: string
  readonly remove: () => void
}

/** A fresh repository with tags `v1.0.0` and `v2.0.0` and a branch `main` at `v2.0.0`. */
export function createTestRepository(bare = false): TestRepository {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'moby-refs-'))
  const work = bare ? fs.mkdtempSync(path.join(os.tmpdir(), 'moby-refs-work-')) : folder
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Fixed dates: the same files give the same commit ids however slow the machine is.
      env: {...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z'},
    })
  git('init', '--quiet')
  write(work, firstFiles)
  git('add', '-A')
  git('commit', '--quiet', '-m', 'first')
  git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
  write(work, secondChanges)
  git('add', '-A')
  git('commit', '--quiet', '-m', 'second')
  git('tag', '-a', 'v2.0.0', '-m', 'v2.0.0')
  if (bare) {
    execFileSync('git', ['clone', '--quiet', '--bare', work, path.join(folder, 'repo.git')], {stdio: 'ignore'})
    fs.rmSync(work, {recursive: true, force: true})
  }
  return {directory: bare ? path.join(folder, 'repo.git') : folder, remove: () => fs.rmSync(folder, {recursive: true, force: true})}
}

/** Write (or delete, for `null`) files under a folder. */
function write(folder: string, files: Readonly<Record<string, string | null>>): void {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(folder, name)
    if (content === null) fs.rmSync(target)
    else {
      fs.mkdirSync(path.dirname(target), {recursive: true})
      fs.writeFileSync(target, content)
    }
  }
}
