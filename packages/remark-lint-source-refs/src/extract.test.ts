import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {describe, expect, it} from 'vitest'
import {classifyCode, classifyUrl, defaultRoots, extractReferences} from './extract.ts'

describe('classifyCode', () => {
  it.each([
    ['daemon/create.go', 'path:daemon/create.go', undefined],
    ['api/types/container/', 'path:api/types/container', undefined],
    ['daemon/create.go:123', 'path:daemon/create.go', {start: 123}],
    ['daemon/create.go:10-20', 'path:daemon/create.go', {start: 10, end: 20}],
    ['daemon/create.go#L10-L20', 'path:daemon/create.go', {start: 10, end: 20}],
    ['vendor/github.com/moby/pubsub/publisher.go', 'path:vendor/github.com/moby/pubsub/publisher.go', undefined],
    ['builder/dockerfile', 'path:builder/dockerfile', undefined],
  ])('reads path %s', (value, key, lines) => {
    const reference = classifyCode(value, defaultRoots)
    expect(reference?.key).toBe(key)
    expect(reference?.lines).toEqual(lines)
  })

  it.each([
    ['Daemon.ContainerCreate', 'symbol:Daemon.ContainerCreate'],
    ['client.New', 'symbol:client.New'],
    ['container.HostConfig', 'symbol:container.HostConfig'],
    ['NewDaemon()', 'symbol:NewDaemon'],
    ['daemonCLI.start()', 'symbol:daemonCLI.start'],
    ['determineImageStoreChoice()', 'symbol:determineImageStoreChoice'],
    ['cerrdefs.IsNotFound', 'symbol:cerrdefs.IsNotFound'],
    ['*daemon.Daemon', 'symbol:daemon.Daemon'],
    ['container.State.Wait', 'symbol:container.State.Wait'],
    ['debug.Enable', 'symbol:debug.Enable'],
  ])('reads symbol %s', (value, key) => {
    expect(classifyCode(value, defaultRoots)?.key).toBe(key)
  })

  it.each([
    ['HostConfig', 'a bare name'],
    ['Running', 'a bare name'],
    ['docker run', 'a command'],
    ['net.Error', 'the standard library'],
    ['sync.Mutex', 'the standard library'],
    ['config.v2.json', 'a file name'],
    ['local-kv.db', 'a file name'],
    ['hostconfig.json', 'a file name'],
    ['go.mod', 'a single file name'],
    ['Dockerfile', 'a single name'],
    ['/var/run/docker.sock', 'an absolute path'],
    ['github.com/moby/moby/v2', 'a module path'],
    ['unix:///var/run/docker.sock', 'a URL'],
    ['application/json', 'not a Moby folder'],
    ['moby/moby', 'not a Moby folder'],
    ['daemon/../etc', 'a parent segment'],
    ['daemon/*.go', 'a glob'],
    ['json:"-"', 'a struct tag'],
    ['map[string]any', 'a type expression'],
    ['docker-v29.7.2', 'a tag'],
    ['e.g.', 'punctuation'],
  ])('leaves %s alone (%s)', (value) => {
    expect(classifyCode(value, defaultRoots)).toBeUndefined()
  })
})

describe('classifyUrl', () => {
  it('reads blob and tree links with their ref and lines', () => {
    expect(classifyUrl('https://github.com/moby/moby/blob/docker-v29.7.2/daemon/create.go#L10-L20')).toEqual({
      kind: 'path',
      key: 'path:daemon/create.go',
      target: 'daemon/create.go',
      ref: 'docker-v29.7.2',
      lines: {start: 10, end: 20},
    })
    expect(classifyUrl('https://github.com/moby/moby/tree/master/daemon/server/')).toMatchObject({key: 'path:daemon/server', ref: 'master'})
    expect(classifyUrl('https://github.com/moby/moby/blob/api/v1.55.0/api/swagger.yaml')).toMatchObject({key: 'path:api/swagger.yaml', ref: 'api/v1.55.0'})
    expect(classifyUrl('https://github.com/moby/moby/blob/docker-v29.7.2/README.md?plain=1#L5')).toMatchObject({key: 'path:README.md', lines: {start: 5}})
    expect(classifyUrl('https://github.com/moby/moby/blob/docker-v29.7.2/daemon/%E6%B5%8B.go')).toMatchObject({key: 'path:daemon/测.go'})
  })

  it('leaves other URLs alone', () => {
    for (const url of ['https://github.com/moby/moby', 'https://github.com/moby/moby.git', 'https://github.com/moby/moby/pull/1', 'https://github.com/docker/cli/blob/master/x.go', 'https://example.com/daemon/create.go', 'https://github.com/moby/moby/blob/docker-v29.7.2/', 'https://github.com/moby/moby/blob/x/%E6%95', 'mailto:moby@example.com']) {
      expect(classifyUrl(url)).toBeUndefined()
    }
  })
})

describe('extractReferences', () => {
  it('reads inline code, links and definitions, in tables too, and skips code blocks', () => {
    const tree = remark().use(remarkGfm).parse(
      '`daemon/create.go` [x](https://github.com/moby/moby/blob/docker-v29.7.2/client/client.go)\n\n| a |\n| - |\n| `client.New` |\n\n```go\n// daemon/other.go\n```\n\n[d]: https://github.com/moby/moby/tree/docker-v29.7.2/api\n',
    )
    expect(extractReferences(tree, defaultRoots).map((reference) => reference.key)).toEqual(['path:daemon/create.go', 'path:client/client.go', 'symbol:client.New', 'path:api'])
  })
})
