import type {GlossaryEntry} from './types.ts'

/** Every term the doc set defines, in the order of the glossary table in chapter 00. */
export const glossary = [
  // 核心对象
  {
    term: '容器',
    english: 'Container',
    description:
      '以镜像为只读基础、再叠加一个可写层运行起来的一组隔离进程，靠命名空间和控制组实现隔离与限额；守护进程把每个容器的配置和状态持久化到自己的数据目录中。',
    related: ['镜像', '命名空间', '控制组', '容器管理'],
  },
  {
    term: '镜像',
    english: 'Image',
    description:
      '由有序的文件系统层和一份运行参数配置组成的只读模板，按 OCI 镜像规范以内容摘要寻址，是创建容器的起点。',
    related: ['镜像层', '镜像仓库', '开放容器倡议', '镜像服务'],
  },
  {
    term: '镜像层',
    english: 'Layer',
    description:
      '镜像中记录一次文件系统变更的只读差异包，多个镜像可以共享同一层以节省磁盘和下载流量；容器运行时还会在最上面再叠一个可写层。',
    related: ['镜像', '联合文件系统', '层存储', '快照器'],
  },
  {
    term: '联合文件系统',
    english: 'Union Filesystem',
    description:
      '把多个目录层叠加成单一视图的文件系统技术，下层只读、顶层可写并采用写时复制；Linux 上的 Moby 主要借助内核的 overlayfs 实现它。',
    related: ['镜像层', '存储驱动', '快照器'],
  },
  {
    term: '存储卷',
    english: 'Volume',
    aliases: ['数据卷'],
    description:
      '由守护进程管理、生命周期独立于容器的持久化数据目录，删除容器不会带走其中的数据；默认由名为 local 的卷驱动在宿主机上提供。',
    related: ['卷驱动', '容器', '插件'],
  },
  {
    term: '镜像仓库',
    english: 'Registry',
    description:
      '按 OCI 分发规范存放和分发镜像的远程服务，例如 Docker Hub 或自建仓库；守护进程负责与它交互，完成认证、拉取和推送。',
    related: ['镜像', '内容存储', '镜像服务'],
  },
  {
    term: '命名空间',
    english: 'Namespace',
    description:
      'Linux 内核隔离资源视图的机制，进程号、网络、挂载点、主机名、IPC、用户和 cgroup 各有一类；守护进程生成 OCI 运行时配置时决定容器新建或加入哪些命名空间。',
    related: ['控制组', '容器', '用户命名空间重映射', '沙箱'],
  },
  {
    term: '控制组',
    english: 'Control Group',
    englishAliases: ['cgroup', 'cgroups'],
    description:
      'Linux 内核对一组进程的 CPU、内存、块设备 IO、进程数等资源做计量和限制的机制；Moby 可用 cgroupfs 或 systemd 管理它，cgroup v1 的支持在 v29 中已标记为弃用。',
    related: ['命名空间', '容器', '运行时'],
  },
  {
    term: '开放容器倡议',
    english: 'OCI',
    englishAliases: ['Open Container Initiative'],
    description:
      '制定容器镜像格式、运行时和分发三项开放规范的行业组织；Moby 生成符合 OCI 运行时规范的配置交给 runc 执行，镜像同样遵循 OCI 镜像规范。',
    related: ['runc', '镜像', '运行时'],
  },
  // 引擎组件
  {
    term: '守护进程',
    english: 'Daemon',
    names: ['Docker', 'Moby', 'dockerd'],
    // The `docker` command; `moby`, the containerd namespace and the GitHub organisation; the doc set's title.
    exceptions: ['docker', 'moby', 'Moby项目源码剖析'],
    description:
      '即 dockerd，常驻后台的引擎进程，对外提供 Engine API，统筹容器、镜像、网络、存储卷等全部子系统；其核心对象是 daemon 包中的 Daemon 结构体。',
    related: ['API服务器', '容器管理', 'containerd'],
  },
  {
    term: '命令行界面',
    english: 'CLI',
    description:
      '用户日常使用的 docker 命令，源码在独立的 docker/cli 仓库而不在 Moby 中；它本身不操作容器，只把命令翻译成对守护进程 Engine API 的调用。',
    related: ['软件开发工具包', 'API服务器', '守护进程'],
  },
  {
    term: '软件开发工具包',
    english: 'SDK',
    // The title of chapter 04, fixed by its file name; the SDK's naming patterns, where a space would split the name.
    exceptions: ['客户端SDK模块', '某某Options', '某某Result'],
    description:
      'Moby 提供的 Go 客户端库，模块路径为 github.com/moby/moby/client；在 v29 中每个方法都以选项结构体作参数、以结果结构体作返回值来封装 Engine API 调用。',
    related: ['命令行界面', '版本协商', 'API服务器'],
  },
  {
    term: 'API服务器',
    english: 'API Server',
    names: ['HTTP', 'JSON', 'REST'],
    // The URL scheme `http`; the title of chapter 02, fixed by its file name.
    exceptions: ['API服务器', 'http', 'API接口详细分析'],
    description:
      '守护进程中负责 HTTP 层的部分，位于 daemon/server 包；它把各路由器的路由注册到 gorilla/mux 上，套上中间件后在 Unix 套接字、TCP 等监听地址上提供 Engine API。',
    related: ['路由器', '中间件', '后端接口'],
  },
  {
    term: '中间件',
    english: 'Middleware',
    description:
      '包裹在每个 API 处理函数外面的处理链，集中处理设置响应头、校验 API 版本、实验特性开关和授权插件检查等横切逻辑。',
    related: ['API服务器', '版本协商', '插件'],
  },
  {
    term: '路由器',
    english: 'Router',
    description:
      '按资源领域（容器、镜像、网络、存储卷、系统等）划分的一组路由定义，把 HTTP 方法和路径映射到处理函数，处理函数再调用本领域的后端接口。',
    related: ['API服务器', '后端接口', '中间件'],
  },
  {
    term: '后端接口',
    english: 'Backend',
    description:
      '每个路由器声明的 Go 接口，列出处理函数需要的引擎能力，通常由 Daemon 等对象实现，从而把 HTTP 层和引擎逻辑解耦。',
    related: ['路由器', '守护进程', '容器管理'],
  },
  {
    term: '版本协商',
    english: 'API Version Negotiation',
    description:
      '客户端与守护进程就 Engine API 版本达成一致的过程：客户端先 ping 读出服务端版本，再取它与自身上限中较低的一个；在 docker-v29.7.2 中服务端最高支持 1.55，默认最低接受 1.40。',
    related: ['软件开发工具包', '中间件', 'API服务器'],
  },
  {
    term: '连接劫持',
    english: 'Connection Hijacking',
    description:
      'attach、exec 等交互式接口采用的做法：服务端在协议升级后直接接管底层连接，跳出普通的请求响应模型，在同一条连接上双向传输标准输入输出。',
    related: ['多路复用流', 'API服务器', '软件开发工具包'],
  },
  {
    term: '多路复用流',
    english: 'Multiplexed Stream',
    description:
      '容器未分配终端时把标准输出和标准错误交织写进同一字节流的帧格式，每帧以 8 字节头标明所属流和长度；客户端用 stdcopy 包把它拆开。',
    related: ['连接劫持', '日志驱动', '容器'],
  },
  {
    term: '容器管理',
    english: 'Container Management',
    description:
      '守护进程中负责容器全生命周期的代码，涵盖创建、启动、停止、暂停、删除、exec、日志和状态跟踪，大多按操作名分布在 daemon 包的同名文件里。',
    related: ['容器', '守护进程', '重启策略', '健康检查'],
  },
  {
    term: '运行时',
    english: 'Runtime',
    aliases: ['容器运行时'],
    englishAliases: ['Container Runtime'],
    description:
      '按 OCI 运行时规范真正创建并运行容器进程的底层程序；Linux 上默认是 runc，经 containerd 的 io.containerd.runc.v2 垫片调用，也可以在守护进程配置中登记其他运行时。',
    related: ['runc', '垫片进程', 'containerd', '开放容器倡议'],
  },
  {
    term: 'containerd',
    english: 'containerd',
    names: ['containerd', 'gRPC'],
    // The router named `grpc`.
    exceptions: ['grpc'],
    description:
      '从 Docker 拆分出来的 CNCF 容器运行时守护进程，负责容器和任务的执行以及镜像内容与快照的管理；dockerd 通过 gRPC 以 moby 命名空间使用它，默认的镜像存储也建在它之上。',
    related: ['守护进程', '垫片进程', '快照器', '内容存储'],
  },
  {
    term: '垫片进程',
    english: 'Shim',
    description:
      'containerd 为容器启动的小型常驻进程，负责调用 runc、持有容器的标准输入输出并收集退出状态，使容器不依赖 containerd 或 dockerd 本身的存活。',
    related: ['containerd', 'runc', '热恢复'],
  },
  {
    term: 'runc',
    english: 'runc',
    names: ['runc'],
    description:
      'OCI 运行时规范的参考实现，是一个命令行工具，读取运行时配置后调用内核接口建立命名空间、控制组等隔离设施并启动容器进程。',
    related: ['运行时', '开放容器倡议', '垫片进程'],
  },
  {
    term: '重启策略',
    english: 'Restart Policy',
    description:
      '写在容器 HostConfig 中、决定容器退出后是否自动拉起的规则，取值为 no、always、on-failure 和 unless-stopped，由守护进程内部的重启管理器按逐步拉长的间隔执行。',
    related: ['容器管理', '健康检查', '事件'],
  },
  {
    term: '健康检查',
    english: 'Health Check',
    description:
      '在容器内周期性执行指定命令以判断应用是否正常的机制，结果记录为 starting、healthy 或 unhealthy；配置可来自镜像的 HEALTHCHECK 指令或创建容器时的参数。',
    related: ['容器管理', '事件', '重启策略'],
  },
  {
    term: '日志驱动',
    english: 'Logging Driver',
    englishAliases: ['Log Driver'],
    description:
      '决定容器标准输出和标准错误写往何处的可插拔组件，默认是 json-file，另有 local、journald、syslog、fluentd 等内置实现，也可由插件提供。',
    related: ['插件', '多路复用流', '容器'],
  },
  {
    term: '日志复制器',
    english: 'Log Copier',
    description:
      '守护进程为每个运行中的容器创建的复制组件，stdout 和 stderr 各用一个 goroutine 按行切分输出、打上时间戳交给日志驱动，超长的行拆成带同一标识的部分消息。',
    related: ['日志驱动', '容器'],
  },
  {
    term: '统计采集器',
    english: 'Stats Collector',
    description:
      '守护进程中按固定间隔（默认 1 秒）轮询被订阅容器资源用量的后台循环，从 containerd 读取控制组指标，再通过发布订阅分发给 stats 接口的请求。',
    related: ['控制组', 'containerd任务', '容器'],
  },
  {
    term: '事件',
    english: 'Events',
    description:
      '守护进程在容器、镜像、网络、存储卷等对象状态变化时发出的通知，内存中保留最近一批记录并以发布订阅方式分发，客户端可通过 events 接口实时订阅。',
    related: ['守护进程', '容器管理', '健康检查'],
  },
  {
    term: '热恢复',
    english: 'Live Restore',
    description:
      '通过 live-restore 配置开启的特性，让守护进程停止或升级期间容器照常运行，守护进程重启后再重新接管它们；该选项与集群模式不能同时使用。',
    related: ['守护进程', '垫片进程', '集群模式'],
  },
  // 存储
  {
    term: '镜像服务',
    english: 'Image Service',
    description:
      '守护进程内抽象镜像操作的接口，有两套实现：基于 containerd 镜像存储和快照器的实现，以及基于存储驱动和层存储的旧实现，启动时依据配置和已有数据选定其一。',
    related: ['镜像', '快照器', '存储驱动', '内容存储'],
  },
  {
    term: '快照器',
    english: 'Snapshotter',
    description:
      'containerd 中管理文件系统快照的组件，镜像解包后的每一层和容器的可写层都是一个快照；Linux 上新安装的 Moby 默认启用 containerd 镜像存储，所用快照器默认为 overlayfs。',
    related: ['containerd', '镜像服务', '联合文件系统', '镜像层'],
  },
  {
    term: '内容存储',
    english: 'Content Store',
    description:
      '以内容摘要为键保存镜像清单、配置和压缩层等原始数据块的存储；启用 containerd 镜像存储时由 containerd 提供。',
    related: ['镜像', 'containerd', '镜像仓库'],
  },
  {
    term: '存储驱动',
    english: 'Graph Driver',
    englishAliases: ['graphdriver', 'Storage Driver'],
    description:
      '源码中称为 graphdriver 的旧式存储后端（daemon/graphdriver），负责在宿主机上组织镜像层和容器可写层，首选 overlay2，另有 btrfs、zfs、fuse-overlayfs、vfs 等；v29 中它仍服务于已有安装和显式指定的场景。',
    related: ['层存储', '联合文件系统', '镜像服务'],
  },
  {
    term: '层存储',
    english: 'Layer Store',
    description:
      '存储驱动模式下由守护进程自己维护的层元数据库，用链式摘要标识只读层并管理容器的读写层，具体文件操作委托给存储驱动。',
    related: ['存储驱动', '镜像层', '镜像服务'],
  },
  {
    term: '卷驱动',
    english: 'Volume Driver',
    description:
      '实际创建、挂载和删除存储卷的组件，内置的 local 驱动把数据放在宿主机目录中，第三方可通过卷插件接入网络存储等后端。',
    related: ['存储卷', '插件'],
  },
  // 网络
  {
    term: '网络控制器',
    english: 'Network Controller',
    description:
      'libnetwork 的总入口对象，管理网络驱动和 IP 地址管理模块，负责所有网络、端点与沙箱的创建和持久化，守护进程启动时只创建一个实例。',
    related: ['网络驱动', '沙箱', '端点', 'IP地址管理'],
  },
  {
    term: '网络驱动',
    english: 'Network Driver',
    description:
      '实现某一种网络类型的 libnetwork 组件，内置 bridge、host、null、overlay、macvlan、ipvlan 等，也可以通过远程驱动由插件提供。',
    related: ['网络控制器', '网桥', '覆盖网络', '插件'],
  },
  {
    term: '沙箱',
    english: 'Sandbox',
    description:
      'libnetwork 对一个容器网络栈的抽象，在 Linux 上对应一个网络命名空间，里面有该容器的网络接口、路由和 DNS 配置。',
    related: ['端点', '命名空间', '网络控制器'],
  },
  {
    term: '端点',
    english: 'Endpoint',
    description:
      '把沙箱接入某个网络的连接点，持有接口地址、端口映射等信息；容器连入几个网络就拥有几个端点。',
    related: ['沙箱', '网络驱动', 'IP地址管理'],
  },
  {
    term: '网桥',
    english: 'Bridge',
    description:
      '默认的单主机网络驱动，在宿主机上建立 Linux 网桥设备（默认网络使用 docker0）并用防火墙规则实现地址转换和端口发布。',
    related: ['网络驱动', '端点', 'IP地址管理'],
  },
  {
    term: '覆盖网络',
    english: 'Overlay Network',
    description:
      '基于 VXLAN 封装的跨主机网络驱动，让不同节点上的容器处在同一个虚拟二层网段；在 Moby 中它依赖集群模式提供的控制面。',
    related: ['网络驱动', '集群模式', '网桥'],
  },
  {
    term: 'IP地址管理',
    english: 'IPAM',
    englishAliases: ['IP Address Management'],
    exceptions: ['IP地址管理'],
    description:
      '为网络分配子网、为端点分配 IP 地址的模块，默认实现从预设地址池中切分子网，也可以通过插件接入外部实现。',
    related: ['网络控制器', '端点', '插件'],
  },
  // 安全
  {
    term: '能力',
    english: 'Capabilities',
    description:
      'Linux 把 root 特权拆成的细粒度权限单元；Moby 默认只给容器保留其中一小部分，用户可以用 cap-add 和 cap-drop 增减。',
    related: ['seccomp', 'AppArmor', 'SELinux'],
  },
  {
    term: 'seccomp',
    english: 'seccomp',
    description:
      'Linux 的系统调用过滤机制；Moby 默认给容器加载一份内置的允许列表配置，拦截危险或罕用的系统调用。',
    related: ['能力', 'AppArmor', '开放容器倡议'],
  },
  {
    term: 'AppArmor',
    english: 'AppArmor',
    description:
      '基于路径规则的 Linux 强制访问控制模块；在启用它的主机上，守护进程默认给容器套用名为 docker-default 的配置文件。',
    related: ['SELinux', 'seccomp', '能力'],
  },
  {
    term: 'SELinux',
    english: 'SELinux',
    description:
      '基于安全标签的 Linux 强制访问控制模块；开启 selinux-enabled 后，守护进程为每个容器分配进程标签和挂载标签以隔离文件访问。',
    related: ['AppArmor', '能力', '存储卷'],
  },
  {
    term: '用户命名空间重映射',
    english: 'User Namespace Remapping',
    description:
      '通过 userns-remap 配置让容器内的 root 映射成宿主机上一段非特权用户 ID，即使容器被突破，攻击者在宿主机上也只有普通用户权限。',
    related: ['命名空间', '无根模式', '能力'],
  },
  {
    term: '无根模式',
    english: 'Rootless Mode',
    description:
      '让守护进程和容器都以非 root 用户身份运行的部署方式，借助 RootlessKit 建立用户命名空间并处理网络与端口转发。',
    related: ['用户命名空间重映射', '命名空间', '守护进程'],
  },
  // 生态
  {
    term: '插件',
    english: 'Plugin',
    description:
      '以独立进程扩展引擎的机制，可以提供卷驱动、网络驱动、IP 地址管理、日志驱动和授权等能力；新式托管插件由守护进程安装并以容器形式运行。',
    related: ['卷驱动', '网络驱动', '日志驱动', '中间件'],
  },
  {
    term: 'BuildKit',
    english: 'BuildKit',
    names: ['BuildKit'],
    // The package, the data directory and the `features` key named `buildkit`; the title of chapter 08.
    exceptions: ['buildkit', 'BuildKit构建系统'],
    description:
      '新一代镜像构建引擎，在 Linux 上是默认构建器；守护进程把它内嵌进来，并通过适配层接入镜像服务和存储。',
    related: ['镜像', '镜像服务', '内容存储'],
  },
  {
    term: '集群模式',
    english: 'Swarm',
    englishAliases: ['Swarm Mode'],
    names: ['SwarmKit'],
    // The title of chapter 07, fixed by its file name.
    exceptions: ['Swarm模式'],
    description:
      '基于内嵌 SwarmKit 的原生编排功能，把多台引擎组成集群，提供服务、任务、节点、密钥和覆盖网络等能力。',
    related: ['覆盖网络', '守护进程', '热恢复'],
  },
  // 代码组织
  {
    term: '根模块',
    english: 'Root Module',
    names: ['Go', 'GitHub'],
    // The `go` command (`go get`, `go vet`) and the `go` directive of go.mod.
    exceptions: ['go'],
    description:
      '仓库根目录下模块路径为 github.com/moby/moby/v2 的 Go 模块，包含引擎几乎全部实现，只用来构建 dockerd 等二进制，不承诺被当作库导入时的 API 稳定性；引擎发布标签带 docker- 前缀以免被 go get 误用。',
    related: ['守护进程', '软件开发工具包'],
  },
  {
    term: '内部包',
    english: 'Internal Package',
    description:
      '路径中含 internal 段的 Go 包，只能被该段父目录之下的代码导入；v29 把大量引擎实现放进 daemon/internal，使其既不能被外部模块、也不能被 daemon 目录以外的代码引用，这也是启动代码迁入 daemon/command 的原因。',
    related: ['根模块', '守护进程'],
  },
  // API 与 SDK
  {
    term: '线上类型',
    english: 'Wire Type',
    description:
      '在 HTTP 请求体与响应体中传输、由独立模块 github.com/moby/moby/api 的 api/types 定义的 Go 结构体，字段名即 JSON 键名，受 API 兼容性约束，v29 起与守护进程内部模型在模块层面分离。',
    related: ['API服务器', '软件开发工具包', '版本协商'],
  },
  {
    term: '兼容包装器',
    english: 'Compat Wrapper',
    description:
      'daemon/internal/compat 中的 Wrapper：路由层按请求的 API 版本包裹响应对象，在编码时追加或删除 JSON 字段，从而在线上类型删去旧字段后仍能为老客户端输出旧格式。',
    related: ['版本协商', 'API服务器', '路由器'],
  },
  {
    term: '版本门控',
    english: 'Version Gating',
    description:
      '路由处理函数或路由包装器根据请求的 API 版本（versions.LessThan 等比较）清理新字段、保留旧默认值、拒绝旧版本不支持的能力或重塑响应的做法，使守护进程核心只需实现最新语义。',
    related: ['版本协商', '路由器', 'API服务器'],
  },
  {
    term: '实验性路由',
    english: 'Experimental Route',
    description:
      '用 router.Experimental 包装的 API 路由，默认只返回 501，守护进程以实验模式启动时才在 buildRouters 中调用 Enable 换回真实处理函数；在 docker-v29.7.2 中只有检查点相关的三条路由属于此类。',
    related: ['路由器', 'API服务器', '守护进程'],
  },
  {
    term: '开放模式',
    english: 'Open Schema',
    description:
      'Engine API 的兼容约定：服务端可以在响应中增加新字段、并忽略请求中不认识的字段，客户端必须容忍未知字段；v29 的版本兼容层和 compat 包都以此为前提。',
    related: ['API服务器', '版本协商', '软件开发工具包'],
  },
  {
    term: '授权插件',
    english: 'Authorization Plugin',
    description:
      '实现 authz 接口的插件，由 pkg/authorization 中的授权中间件在每个 API 请求处理前后调用，全部插件同意才放行，并可审查或改写缓存的响应。',
    related: ['插件', '中间件', 'API服务器'],
  },
  {
    term: '函数式选项',
    english: 'Functional Options',
    description:
      'Go 中用一组可变参数的配置函数定制对象构造的模式；v29 的 client.New 接收 Opt 函数，按传入顺序依次修改内部的 clientConfig。',
    related: ['软件开发工具包', '版本协商'],
  },
  {
    term: '响应钩子',
    english: 'Response Hook',
    description:
      '通过 WithResponseHook 注册、在每个普通 HTTP 响应返回后按注册顺序调用的观察函数，只能查看响应、不得读取或关闭响应体；劫持连接不经过它。',
    related: ['软件开发工具包', '连接劫持'],
  },
  {
    term: '错误分类',
    english: 'Error Classification',
    description:
      'SDK 把失败归为连接失败（client.IsErrConnectionFailed）、带 containerd/errdefs 类别的守护进程错误状态与本地校验错误，以及少数不带类别的普通错误，调用方据此选择重试或提示。',
    related: ['软件开发工具包', '守护进程', 'containerd'],
  },
  // 守护进程内部
  {
    term: '容器视图库',
    english: 'ViewDB',
    aliases: ['视图数据库'],
    description:
      '守护进程基于 go-memdb 维护的事务型内存库（daemon/container/view.go），只保存容器对象的 JSON 深拷贝并管理容器名保留，使容器列表与名称查询无需获取各容器的锁。',
    related: ['容器', '容器管理', '守护进程'],
  },
  {
    term: '重启管理器',
    english: 'Restart Manager',
    description:
      'daemon/internal/restartmanager 中每个容器各有一个的对象，依据重启策略、退出码和是否被手动停止决定是否重启，并以 100 毫秒起步、逐次翻倍、上限 1 分钟的退避控制重启间隔，运行满 10 秒后退避归零。',
    related: ['重启策略', '容器', '守护进程'],
  },
  {
    term: 'containerd任务',
    english: 'containerd Task',
    exceptions: ['containerd任务'],
    description:
      'containerd 中代表容器内实际运行进程的对象，由垫片进程调用 runc 创建；dockerd 每次启动容器都新建 containerd 容器记录和任务，进程退出后删除任务以取得退出码，再在清理时删除容器记录。',
    related: ['containerd', '垫片进程', 'runc', '容器'],
  },
  {
    term: '托管containerd',
    english: 'Supervised containerd',
    exceptions: ['托管containerd'],
    description:
      'dockerd 在既没有指定 --containerd 地址、也没有发现系统 containerd 套接字时自行拉起并监控的 containerd 子进程；配置文件生成在执行根目录下，子进程异常退出后由监控循环自动重启，CRI 插件默认关闭。',
    related: ['containerd', '守护进程', '嵌入式containerd'],
  },
  {
    term: '嵌入式containerd',
    english: 'Embedded containerd',
    exceptions: ['嵌入式containerd'],
    description:
      'v29 新增的实验模式，由 embedded-containerd 特性开启，把只注册了所需插件的 containerd 服务器运行在 dockerd 进程内；守护进程经进程内内存管道访问它，垫片进程仍通过真实的 ttrpc 套接字回报任务事件。',
    related: ['containerd', '垫片进程', '托管containerd'],
  },
  {
    term: '节点资源接口',
    english: 'Node Resource Interface',
    englishAliases: ['NRI'],
    description:
      'containerd 社区定义的插件协议，允许外部插件在容器创建时调整环境变量、挂载等设置；Moby 从 v29.2 起在 daemon/internal/nri 中接入，默认关闭，目前只处理创建阶段的调整，不支持更新与驱逐。',
    related: ['插件', '容器', 'containerd', '守护进程'],
  },
  {
    term: '容器设备接口',
    english: 'Container Device Interface',
    englishAliases: ['CDI'],
    description:
      '简称 CDI，一种用规格文件描述宿主机设备的规范；v29 在 Linux 上默认启用，dockerd 启动时从规格目录注册 CDI 驱动，在生成 OCI 规格时把 GPU 等设备注入容器，可通过 cdi 特性关闭。',
    related: ['开放容器倡议', '容器'],
  },
  // 存储细节
  {
    term: '差异标识',
    english: 'DiffID',
    description:
      '单个镜像层未压缩 tar 流的内容摘要，只描述该层自身的变更，镜像配置的 rootfs.diff_ids 按从底到顶的顺序列出它们。',
    related: ['镜像层', '镜像', '链标识'],
  },
  {
    term: '链标识',
    english: 'ChainID',
    description:
      '由某一层及其全部下层的差异标识逐级拼接再取摘要得到的标识，唯一确定一条层链叠加后的文件系统，是存储驱动路径下层存储定位只读层的键。',
    related: ['镜像层', '层存储', '差异标识'],
  },
  {
    term: '租约',
    english: 'Lease',
    description:
      'containerd 中保护内容与快照不被垃圾回收的引用记录；使用快照器作为镜像存储时，守护进程以容器 ID 命名，为每个容器的可写快照创建一个租约。',
    related: ['containerd', '快照器', '内容存储'],
  },
  // 运维与可观测
  {
    term: '环形缓冲区',
    english: 'Ring Buffer',
    description:
      '日志驱动在 mode=non-blocking 时套在真实驱动外面的有界内存队列（daemon/logger/ring.go），容量由 max-buffer-size 决定、默认 1MB，放不下时丢弃新到的日志行，以此换取容器写日志不被慢速后端阻塞。',
    related: ['日志驱动', '容器', '守护进程'],
  },
  {
    term: '性能剖析',
    english: 'Profiling',
    description:
      'dockerd 在 API 套接字上无条件注册的 Go pprof 与 expvar 端点（daemon/server/router/debug），可在不重启守护进程的情况下抓取 CPU、堆内存和 goroutine 剖面，用于定位守护进程自身的性能问题。',
    related: ['守护进程', 'API服务器', '路由器'],
  },
  {
    term: '分布式追踪',
    english: 'Distributed Tracing',
    description:
      '基于 OpenTelemetry 的调用链记录：守护进程用 otelutil.NewTracerProvider 按 OTEL 环境变量选择导出器，API 路由与 SDK 的 HTTP 传输都由 otelhttp 包装，使一次请求从客户端到守护进程再到 containerd 的耗时能串成一条链路。',
    related: ['守护进程', '软件开发工具包', 'containerd'],
  },
  // 集群
  {
    term: '任务',
    english: 'Task',
    description:
      '集群模式中调度的最小单位：编排器按服务规格为每个副本槽位生成一个任务，分配器和调度器依次推进它的状态，工作节点上的执行器再把它落实成一个带 managed 标记的容器；任务状态只能单调前进。',
    related: ['集群模式', '容器', '调谐循环'],
  },
  {
    term: '调谐循环',
    english: 'Reconciliation Loop',
    description:
      'SwarmKit 让实际状态逐步逼近期望状态的工作方式：编排器、分配器、调度器和分发器各自监视 Raft 存储中的对象，每次只做一小步修正；工作节点上的 taskManager 借 exec.Do 每次把任务推进一个状态。',
    related: ['集群模式', '任务', '管理节点', '工作节点'],
  },
  {
    term: '管理节点',
    english: 'Manager Node',
    description:
      '运行 SwarmKit 管理器、参与 Raft 共识并保存集群状态的节点，其中的领导者运行编排器、分配器、调度器与分发器；守护进程经本机控制套接字上的 gRPC 访问它，非领导者把控制请求转发给领导者。',
    related: ['集群模式', '工作节点', '调谐循环'],
  },
  {
    term: '工作节点',
    english: 'Worker Node',
    description:
      '只运行 SwarmKit 代理的集群节点：经会话从分发器接收任务、secret 与 config，由守护进程内的执行器创建容器并回报任务状态；在工作节点上不能查看或修改集群对象。',
    related: ['集群模式', '管理节点', '任务'],
  },
  // 构建
  {
    term: '经典构建器',
    english: 'Classic Builder',
    description:
      '守护进程内置的第一代 Dockerfile 构建器（daemon/builder/dockerfile）：逐条指令创建临时容器、运行并提交成镜像，缓存就是本地构建的父子镜像链；/build 请求缺少 version 参数时使用它，API 文档已将其标为弃用。',
    related: ['BuildKit', '镜像', '容器', '构建缓存'],
  },
  {
    term: '构建会话',
    english: 'Build Session',
    description:
      'BuildKit 客户端与守护进程之间的一条长连接：客户端在其上以 gRPC 服务端身份提供构建上下文、凭据、secret 等服务，守护进程在构建中按需回调；可经 h2c 上的 Control.Session 流或弃用的 /session 升级建立，由会话管理器按 ID 登记。',
    related: ['BuildKit', '连接劫持'],
  },
  {
    term: '构建缓存',
    english: 'Build Cache',
    description:
      'BuildKit 以缓存记录为单位保存的中间结果（层快照、本地来源、缓存挂载、Git 检出等），按缓存键复用；由控制器在启动后和每次构建后节流触发的自动 GC 按 builder.gc 策略清理，也可经 /build/prune 手动清理。',
    related: ['BuildKit', '快照器', '租约', '经典构建器'],
  },
  // 插件
  {
    term: '旧式插件',
    english: 'Legacy Plugin',
    description:
      '由管理员自行启动和维护的 v1 插件：守护进程在 /run/docker/plugins 中找同名套接字，或在 /etc/docker/plugins、/usr/lib/docker/plugins 中找 .spec 与 .json 文件，首次使用时经 /Plugin.Activate 握手得知它实现的接口；没有引用计数，也不由守护进程重启。',
    related: ['插件', '托管插件', '守护进程'],
    aliases: ['老式插件'],
  },
  {
    term: '托管插件',
    english: 'Managed Plugin',
    description:
      '由守护进程的插件管理器安装、启用和重启的 v2 插件：从镜像仓库拉取或由 config.json 加 rootfs 打包创建，启用时生成 OCI 配置，在 containerd 的 plugins.moby 命名空间中作为容器运行，能力来自配置中的 Interface.Types，带引用计数。',
    related: ['插件', '旧式插件', 'containerd', '传播挂载'],
  },
  {
    term: '传播挂载',
    english: 'Propagated Mount',
    description:
      '托管插件配置中的 PropagatedMount：守护进程把宿主机上的插件 propagated-mount 目录以共享传播方式绑定到插件内的该路径，插件在其中做的挂载因此对宿主机可见，卷插件返回的挂载点据此换算成宿主机路径；该目录与 rootfs 并列，升级插件时保留。',
    related: ['托管插件', '卷驱动', '存储卷'],
  },
  // Windows 容器
  {
    term: '构建约束',
    english: 'Build Constraint',
    description:
      'Go 决定一个源文件是否参与某平台构建的条件：文件名的 _GOOS、_GOARCH 后缀隐含一个约束，文件开头的 //go:build 行可写任意布尔表达式；unix 不是 GOOS 取值，_unix.go 后缀本身不产生约束，全靠显式的约束行。',
    related: ['根模块', '内部包'],
  },
  {
    term: '主机计算服务',
    english: 'Host Compute Service',
    englishAliases: ['HCS'],
    // The title of chapter 10, fixed by its file name.
    exceptions: ['Windows容器支持'],
    description:
      'Windows 上创建和管理计算系统（进程隔离的容器或承载容器的轻量虚拟机）的系统服务，入口是 vmcompute；Moby 经 hcsshim 调用它，本地 libcontainerd 实现直接在进程内调用，containerd 路径则由 runhcs 垫片调用。',
    related: ['主机网络服务', '进程隔离', 'Hyper-V隔离', '运行时'],
  },
  {
    term: '主机网络服务',
    english: 'Host Network Service',
    englishAliases: ['HNS'],
    description:
      'Windows 上管理虚拟网络与端点的系统服务；libnetwork 的 Windows 驱动把网络和端点创建成 HNS 对象，守护进程启动时以 HNS 中的网络为准与自己的网络存储双向协调，端点 ID 随 OCI 规格交给主机计算服务。',
    related: ['主机计算服务', '网络驱动', '端点'],
  },
  {
    term: '进程隔离',
    english: 'Process Isolation',
    description:
      'Windows 容器与宿主机共享内核的隔离模式，容器文件系统由宿主机上的过滤驱动以卷 GUID 路径提供；服务器版 Windows 上的默认隔离模式，可用 exec-opt isolation 改变，创建容器时写入其 HostConfig。',
    related: ['Hyper-V隔离', '主机计算服务', '容器'],
  },
  {
    term: 'Hyper-V隔离',
    english: 'Hyper-V Isolation',
    exceptions: ['Hyper-V隔离'],
    description:
      '每个 Windows 容器运行在自己的实用工具虚拟机中的隔离模式，OCI 规格的 Windows 段带 HyperV 结构即表示采用它；客户端版 Windows 上的默认隔离模式，支持暂停，但不支持设备分配、共享其他容器的网络栈和对运行中容器的文件操作。',
    related: ['进程隔离', '实用工具虚拟机', '主机计算服务'],
  },
  {
    term: '实用工具虚拟机',
    english: 'Utility VM',
    description:
      'Hyper-V 隔离的容器所运行的轻量虚拟机，启动镜像取自镜像层中最靠近容器的 UtilityVM 目录；windowsfilter 导入层时为其引导配置文件保留备份。',
    related: ['Hyper-V隔离', '镜像层'],
  },
  {
    term: '命名管道',
    english: 'Named Pipe',
    description:
      'Windows 上的本地进程间通信机制，地址位于本机的 pipe 命名空间下；dockerd 默认在 npipe:////./pipe/docker_engine 上提供 API，DACL 只放行管理员和 LocalSystem，--group 可追加读写授权，SDK 在 Windows 上默认连向这条管道。',
    related: ['API服务器', '守护进程', '软件开发工具包'],
  },
  {
    term: '防火墙后端',
    english: 'Firewall Backend',
    description:
      '网络控制器下发端口映射、隔离与伪装规则所用的内核机制，取值 iptables 或 nftables，由 firewall-backend 配置项选择、默认 iptables；选 nftables 而初始化失败时守护进程启动失败，nftables 后端没有 DOCKER-USER 链，也尚不能与集群模式共存。',
    related: ['网络控制器', '网络驱动', '网桥'],
  },
  {
    term: '内嵌DNS服务器',
    english: 'Embedded DNS Server',
    aliases: ['内嵌 DNS 服务器'],
    exceptions: ['内嵌DNS服务器'],
    description:
      'libnetwork 在接入用户自定义网络的容器网络命名空间中于 127.0.0.11 上提供的解析器，先用本地记录回答容器名与服务名，其余查询转发给从宿主机 resolv.conf 或 --dns 得到的上游；默认 bridge 网络上的容器不使用它。',
    related: ['网络控制器', '沙箱', '端点'],
  },
] as const satisfies readonly GlossaryEntry[]
