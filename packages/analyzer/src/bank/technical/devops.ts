import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for DevOps, delivery, infrastructure and operations, keyed by canonical name. */
export const DEVOPS_QUESTIONS: Record<string, BankQuestion[]> = {
  Docker: [
    q(
      'junior',
      'What is the difference between a Docker image and a container?',
      'Checks basic container concepts.',
      'An image is an immutable, layered template built from a Dockerfile, containing the filesystem and metadata needed to run an application. A container is a running instance of an image with its own writable layer, process namespace and network, isolated from the host by Linux namespaces and cgroups. Containers are disposable, so state that must survive goes into volumes or external services.',
    ),
    q(
      'mid',
      'How do you write a small, fast-building and secure Dockerfile?',
      'Tests practical image-building skills.',
      'I order instructions from least to most frequently changing, copying dependency manifests and installing dependencies before copying the source, so layer caching avoids reinstalling on every change. Multi-stage builds compile in a full image and copy only the artefacts into a slim or distroless runtime image. The container runs as a non-root user, secrets never go into layers, base images are pinned and scanned, and a `.dockerignore` keeps the build context small.',
    ),
    q(
      'senior',
      'A containerised service is killed intermittently in production. How do you investigate?',
      'Looks for operational debugging across container, runtime and orchestrator.',
      'First I check the exit code and events: exit code 137 with an OOMKilled reason means the memory limit was exceeded, while 143 means it received SIGTERM, perhaps from a failing liveness probe or a deploy. Then I compare memory usage over time against the limit, check whether the runtime respects container limits (older JVMs and Node heap settings may not), and look for leaks. The fix may be a correct limit, a heap setting tuned to the cgroup, graceful SIGTERM handling, or saner probe timeouts.',
    ),
  ],
  Kubernetes: [
    q(
      'junior',
      'What are Pods, Deployments and Services in Kubernetes?',
      'Checks the core Kubernetes objects.',
      'A Pod is the smallest deployable unit, one or more containers sharing a network namespace and volumes, and it is disposable. A Deployment declares the desired number of Pod replicas and a template, and manages ReplicaSets to perform rolling updates and rollbacks. A Service gives a stable virtual IP and DNS name that load-balances across the Pods matching its label selector.',
    ),
    q(
      'mid',
      'What is the difference between liveness, readiness and startup probes in Kubernetes?',
      'Tests reliable deployment configuration.',
      'A readiness probe decides whether a Pod receives traffic, so a failing one takes it out of Service endpoints without restarting it. A liveness probe restarts a container that is stuck, and it should check only the process itself, not downstream dependencies, otherwise a database blip restarts every Pod. A startup probe holds off the other probes until slow-starting applications are up.',
    ),
    q(
      'senior',
      'How do resource requests and limits affect scheduling and stability in Kubernetes?',
      'Checks deep operational understanding of Kubernetes resources.',
      'Requests are what the scheduler reserves when placing a Pod, and limits are enforced at runtime: exceeding the memory limit gets the container OOM-killed, while exceeding the CPU limit only throttles it. Pods with requests equal to limits get the Guaranteed QoS class and are evicted last under node pressure. Many teams set memory limits equal to requests and omit CPU limits to avoid throttling latency-sensitive services, and the Horizontal Pod Autoscaler scales on usage relative to requests.',
    ),
  ],
  Terraform: [
    q(
      'junior',
      'What is Terraform state and why does it matter?',
      'Checks the central concept of Terraform.',
      'The state file maps the resources in your configuration to real infrastructure IDs and stores their attributes, which lets `terraform plan` compute what must change. It should live in a remote backend such as S3 with locking or Terraform Cloud, so a team shares one state and cannot apply concurrently. State can contain secrets, so it must be encrypted and access-controlled.',
    ),
    q(
      'mid',
      'How do you structure Terraform code for multiple environments?',
      'Tests maintainable infrastructure-as-code design.',
      'I put reusable building blocks in versioned modules with clear inputs and outputs, and have a thin root configuration per environment or per component with its own state, so a mistake in dev cannot touch production. Differences between environments are variables, not copied code. Splitting state by blast radius, such as network, data and application layers, keeps plans fast and risk contained.',
    ),
    q(
      'senior',
      'How do you run Terraform safely in a team and CI?',
      'Looks for mature change-management practices.',
      'Every change goes through a pull request where CI runs formatting, validation, linting and security scans, and posts the `plan` output for review. Apply runs from the pipeline with the reviewed plan, using short-lived credentials, never from laptops. I add drift detection on a schedule, `prevent_destroy` on critical resources, pinned provider versions, and policy checks such as OPA or Sentinel for rules like mandatory encryption.',
    ),
  ],
  'CI/CD': [
    q(
      'junior',
      'What is the difference between continuous integration, continuous delivery and continuous deployment?',
      'Checks understanding of the delivery pipeline vocabulary.',
      'Continuous integration means merging small changes into the main branch often, with every change automatically built and tested. Continuous delivery keeps the main branch always releasable, producing a deployable artefact that can go to production at the push of a button. Continuous deployment goes further and releases every change that passes the pipeline automatically.',
    ),
    q(
      'mid',
      'How do you keep a CI pipeline fast and reliable?',
      'Tests practical pipeline engineering.',
      'I cache dependencies and build outputs, run independent jobs in parallel, and order stages so cheap checks like lint and unit tests fail fast before slow end-to-end suites. Flaky tests are tracked and quarantined with an owner rather than retried forever, because they destroy trust in the pipeline. Building the artefact once and promoting the same artefact through environments avoids "works in staging" surprises.',
    ),
    q(
      'senior',
      'How do you design a deployment strategy that minimises risk in production?',
      'Looks for progressive delivery and rollback thinking.',
      'I prefer progressive rollouts: canary or blue-green releases that shift a small percentage of traffic first and watch error rates and latency against the baseline, rolling back automatically on regression. Feature flags separate deploying code from releasing behaviour, and database changes follow expand-and-contract so old and new versions can run side by side. Every deploy should be a one-command rollback, and deployment frequency, lead time, change failure rate and recovery time tell you whether it works.',
    ),
  ],
  Git: [
    q(
      'junior',
      'What is the difference between `git merge` and `git rebase`?',
      'Checks everyday Git fluency.',
      'Merge combines two branches with a merge commit, preserving the exact history of both. Rebase replays your commits on top of another branch, producing a linear history but rewriting commit IDs. The golden rule is not to rebase commits others have already pulled, while rebasing your own local feature branch before merging keeps history clean.',
    ),
    q(
      'mid',
      'You committed a secret and pushed it. What do you do?',
      'Tests incident handling and Git internals awareness.',
      'First, revoke and rotate the secret immediately, because it must be considered compromised once pushed, even if the repository is private. Then remove it from history with `git filter-repo` or BFG and force-push, coordinating with collaborators, and ask the hosting provider to purge cached views if needed. Finally, prevent recurrence with secret scanning in pre-commit hooks and CI and by loading secrets from a manager.',
    ),
    q(
      'senior',
      'How would you choose a branching strategy for a team?',
      'Checks judgement about workflows and delivery speed.',
      'For teams deploying continuously, trunk-based development with short-lived branches merged at least daily behind feature flags minimises merge pain and keeps CI meaningful. Long-lived branches like GitFlow suit products that ship versioned releases and must maintain several versions at once. Protected main branches with required reviews and checks, plus small pull requests, matter more than the exact model.',
    ),
  ],
  'GitHub Actions': [
    q(
      'mid',
      'How are workflows, jobs and steps organised in GitHub Actions?',
      'Checks working knowledge of GitHub Actions.',
      'A workflow is a YAML file triggered by events such as `push`, `pull_request` or a schedule, and it contains jobs that run in parallel on separate runners unless linked with `needs`. Each job is a sequence of steps that run shell commands or reusable actions, sharing the job workspace. Matrices run the same job across versions or platforms, and caching speeds up dependency installs.',
    ),
    q(
      'senior',
      'How do you secure GitHub Actions workflows?',
      'Tests supply-chain security awareness in CI.',
      'I pin third-party actions to a full commit SHA, set the default `GITHUB_TOKEN` permissions to read-only and grant more per job, and use OIDC federation to get short-lived cloud credentials instead of stored keys. Workflows triggered by `pull_request_target` or handling untrusted input must never check out and run fork code with secrets, and expressions from issue titles or branch names should not be interpolated directly into shell scripts. Environments with required reviewers protect production deploys.',
    ),
  ],
  Jenkins: [
    q(
      'mid',
      'What is a declarative Jenkins pipeline and why keep it in a Jenkinsfile?',
      'Checks pipeline-as-code practice with Jenkins.',
      'A declarative pipeline describes stages, steps, agents and post actions in a structured syntax stored as a Jenkinsfile in the repository. Versioning it with the code means changes are reviewed, branches can have their own pipeline, and multibranch jobs discover them automatically. Shared libraries hold common logic so each repository stays short.',
    ),
    q(
      'senior',
      'How do you keep a Jenkins installation scalable and maintainable?',
      'Tests operational experience with Jenkins.',
      'Builds should run on ephemeral agents, such as Kubernetes pods or cloud instances, never on the controller, so the controller stays responsive and builds are clean. I manage configuration as code with JCasC, keep plugins few and updated because they are the main source of breakage and vulnerabilities, and back up the home directory. Credentials live in the credentials store or an external vault with folder-level scoping.',
    ),
  ],
  'GitLab CI': [
    q(
      'mid',
      'How are stages, jobs and artifacts defined in GitLab CI?',
      'Checks working knowledge of `.gitlab-ci.yml`.',
      'Jobs are defined in `.gitlab-ci.yml` and assigned to stages that run in order, with jobs inside a stage running in parallel, and `needs` lets jobs start as soon as their dependencies finish. Artifacts pass build outputs and reports between jobs, and caches speed up dependency installs. `rules` control when jobs run, such as only on merge requests or tags.',
    ),
    q(
      'senior',
      'How do you share and govern CI configuration across many GitLab projects?',
      'Tests scaling CI practices across an organisation.',
      'I publish reusable templates or CI/CD components in a central project and pull them in with `include`, versioned so teams can upgrade deliberately. Protected variables and environments restrict secrets and production deploys to protected branches, and compliance pipelines can enforce mandatory security scans. Runners are tagged by capability and autoscaled.',
    ),
  ],
  'Azure DevOps': [
    q(
      'mid',
      'How do YAML pipelines in Azure DevOps handle multi-stage deployments?',
      'Checks delivery pipeline skills on Azure DevOps.',
      'A YAML pipeline defines stages such as build, test and deploy, with jobs and steps inside them, and deployment jobs target environments. Environments can require approvals and checks before a stage runs, which gives gated production releases. Templates let several pipelines share steps, and variable groups linked to Key Vault supply secrets.',
    ),
    q(
      'senior',
      'How do you connect Azure DevOps pipelines to Azure securely?',
      'Tests secure credential management in pipelines.',
      'Use service connections with workload identity federation, so the pipeline gets short-lived tokens from Microsoft Entra ID and no client secret needs rotating. Scope each connection to the minimum resource group and role, and restrict which pipelines and branches may use it. Secrets stay in Key Vault and are masked in logs.',
    ),
  ],
  Ansible: [
    q(
      'mid',
      'What does idempotency mean in Ansible and why is it important?',
      'Checks understanding of configuration management principles.',
      'An idempotent playbook can run many times and only changes what differs from the desired state, reporting `changed` only when it acted. Built-in modules like `package`, `template` and `service` are idempotent, while `shell` and `command` tasks need `creates`, `changed_when` or similar guards. This makes runs safe to repeat and drift easy to detect with check mode.',
    ),
    q(
      'senior',
      'How do you organise Ansible for a large estate?',
      'Tests maintainable automation design.',
      'I package logic into roles with defaults and clear variables, keep inventories per environment with group and host variables, and store secrets with Ansible Vault or an external secret store. Roles are versioned and tested with Molecule, and playbooks run from CI or AWX rather than laptops. Dynamic inventory from the cloud provider keeps host lists accurate.',
    ),
  ],
  Linux: [
    q(
      'junior',
      'How do file permissions work in Linux?',
      'Checks basic Linux administration knowledge.',
      'Each file has an owner, a group and read, write and execute permissions for owner, group and others, shown as `rwxr-x---` or octal `750`. On directories, execute means the ability to enter and traverse, and write means creating or deleting entries. `chmod` changes modes, `chown` changes ownership, and services should run as unprivileged users with only the access they need.',
    ),
    q(
      'mid',
      'A Linux server is slow. What do you check first?',
      'Tests a structured troubleshooting method.',
      'I look at load and CPU with `uptime` and `top`, memory and swapping with `free` and `vmstat`, disk I/O with `iostat`, and disk space and inodes with `df -h` and `df -i`. Then I find the responsible process and check its logs with `journalctl`, plus network issues with `ss` and connection counts. Separating CPU-bound, memory-bound, I/O-bound and network-bound symptoms tells you where to dig.',
    ),
    q(
      'senior',
      'What happens when a Linux system runs out of memory?',
      'Checks understanding of memory management under pressure.',
      'The kernel first reclaims page cache and swaps anonymous memory if swap exists, which can make the system crawl. If it still cannot satisfy allocations, the OOM killer selects a process by its OOM score, usually the largest, and kills it, which shows up in `dmesg`. In containers the cgroup memory limit triggers the same behaviour inside the group, so limits, `oom_score_adj` and memory monitoring need deliberate configuration.',
    ),
  ],
  Helm: [
    q(
      'mid',
      'What problem does Helm solve for Kubernetes deployments?',
      'Checks understanding of Kubernetes packaging.',
      'Helm packages Kubernetes manifests as charts with templates and default values, so one chart can be installed with different values per environment. Each install is a release with revision history, which makes upgrades and rollbacks single commands. Public charts make installing common software like ingress controllers or databases easy.',
    ),
    q(
      'senior',
      'What are the pitfalls of Helm charts and how do you manage them?',
      'Tests experience maintaining charts in production.',
      'Heavy templating logic makes charts hard to read and debug, so I keep templates simple and validate output with `helm template` plus schema validation of values. Charts pulled from the internet need pinned versions and review, and secrets should come from an external secret operator rather than plain values files. GitOps tools such as Argo CD or Flux render and apply charts declaratively, making drift visible.',
    ),
  ],
  Prometheus: [
    q(
      'mid',
      'How does Prometheus collect metrics, and what are counters, gauges and histograms?',
      'Checks monitoring fundamentals.',
      'Prometheus pulls metrics by scraping HTTP endpoints of targets found through service discovery, storing them as time series identified by a name and labels. Counters only increase and are queried with `rate()`, gauges go up and down like memory usage, and histograms count observations in buckets so you can compute percentiles with `histogram_quantile`. Percentiles must be computed from histogram buckets, not averaged across instances.',
    ),
    q(
      'senior',
      'What is high cardinality in Prometheus and why is it dangerous?',
      'Tests operating Prometheus at scale.',
      'Every unique label combination creates a separate time series, so labels like user ID, request ID or full URL can create millions of series and exhaust memory. I keep labels bounded, such as route templates and status codes, and drop or relabel offending labels at scrape time. For long retention or many clusters, Thanos, Cortex or Mimir add horizontal scaling and durable storage.',
    ),
  ],
  Grafana: [
    q(
      'mid',
      'How do you design a useful Grafana dashboard for a service?',
      'Checks practical observability and visual design.',
      'I start with the questions an on-call engineer asks: is it up, is it slow, is it erroring, and is it saturated, so the top row shows request rate, error rate, latency percentiles and resource usage. Variables for environment and instance let one dashboard serve many deployments, and annotations for deploys help correlate changes. Dashboards are kept as code and reviewed like any other change.',
    ),
    q(
      'senior',
      'How do you set up alerting that pages for the right things?',
      'Tests alert design and on-call empathy.',
      'Pages should fire on user-visible symptoms tied to service level objectives, such as error-budget burn rate, not on every CPU spike, while causes go to lower-urgency channels. Each alert needs a clear owner, a runbook link and enough context to act. I review alert history regularly and delete or tune alerts that are noisy or never actionable.',
    ),
  ],
  Datadog: [
    q(
      'mid',
      'How do metrics, traces and logs connect in Datadog?',
      'Checks familiarity with an integrated observability platform.',
      'The agent collects infrastructure metrics, APM libraries emit traces, and logs are shipped with the same tags such as service, environment and version. Injecting trace IDs into logs lets you jump from a slow trace to the exact log lines, and unified service tagging ties everything together. Monitors can be built on any of the three.',
    ),
    q(
      'senior',
      'How do you keep Datadog costs under control?',
      'Tests cost awareness for observability tooling.',
      'The big cost drivers are custom metrics with many tag combinations, log ingestion and indexing, and APM hosts. I limit high-cardinality tags, use metrics-without-limits style configuration to index only needed tag combinations, and exclude noisy logs or index only a sample while archiving the rest. Regular usage reviews per team make owners accountable.',
    ),
  ],
  Nginx: [
    q(
      'mid',
      'How do you configure Nginx as a reverse proxy and load balancer?',
      'Checks practical web server configuration.',
      'An `upstream` block lists backend servers, and a `location` uses `proxy_pass` to send traffic there, with round robin by default or `least_conn` and `ip_hash` as alternatives. I forward headers such as `Host`, `X-Forwarded-For` and `X-Forwarded-Proto`, set sensible timeouts and buffer sizes, and terminate TLS at Nginx. Passive health checks mark failing backends as down temporarily.',
    ),
    q(
      'senior',
      'How would you protect an application behind Nginx from traffic spikes and abuse?',
      'Tests edge-level resilience knowledge.',
      'I use `limit_req` for request-rate limits per client key and `limit_conn` for concurrent connections, returning 429 when exceeded. Caching static and cacheable responses with `proxy_cache`, serving stale content on backend errors, and tuning worker connections absorb spikes. Very large attacks need upstream protection from a CDN or DDoS service.',
    ),
  ],
  DevOps: [
    q(
      'junior',
      'What does DevOps mean to you beyond tools?',
      'Checks understanding of the culture, not just the buzzword.',
      'DevOps is a way of working where the people who build software also share responsibility for running it, with fast feedback between development and operations. Automation of builds, tests, deployments and infrastructure makes small, frequent changes safe. Shared metrics, blameless post-mortems and removing handoffs matter as much as any tool.',
    ),
    q(
      'mid',
      'How do you measure whether a team is improving its delivery performance?',
      'Tests data-driven thinking about engineering effectiveness.',
      'The DORA metrics are a good start: deployment frequency, lead time for changes, change failure rate and time to restore service. Tracking them over time shows whether speed improvements come at the cost of stability. They should drive conversations about bottlenecks, such as slow reviews or flaky tests, and never be used to rank individuals.',
    ),
  ],
  'Infrastructure as Code': [
    q(
      'junior',
      'What are the benefits of Infrastructure as Code?',
      'Checks understanding of why infrastructure is automated.',
      'Defining infrastructure in version-controlled files makes environments reproducible, reviewable and consistent, instead of relying on manual console clicks nobody remembers. Changes go through pull requests with a plan preview, and history explains who changed what and why. It also makes disaster recovery and spinning up new environments much faster.',
    ),
    q(
      'mid',
      'What is the difference between declarative and imperative Infrastructure as Code?',
      'Tests conceptual understanding of IaC tools.',
      'Declarative tools such as Terraform, CloudFormation or Kubernetes manifests describe the desired end state, and the tool computes the steps to reach it. Imperative scripts describe the exact steps, which makes them flexible but hard to re-run safely. Declarative approaches support drift detection and idempotent applies, which is why they dominate, while tools like Pulumi and CDK add general-purpose languages on top of a declarative engine.',
    ),
  ],
  'Site Reliability Engineering': [
    q(
      'mid',
      'What are SLIs, SLOs and error budgets?',
      'Checks the core vocabulary and mechanism of SRE.',
      'A service level indicator measures user experience, such as the proportion of requests served successfully under 300 ms. A service level objective sets a target for it, for example 99.9% over 30 days, and the error budget is the remaining 0.1% of allowed failure. When the budget is being burned fast, the team shifts effort from features to reliability, which makes the trade-off explicit.',
    ),
    q(
      'senior',
      'How do you run a good incident response and post-mortem?',
      'Tests operational leadership during and after outages.',
      'During the incident, an incident commander coordinates, someone handles communication, and the priority is mitigation, such as rolling back or failing over, before root cause. Afterwards, a blameless post-mortem reconstructs the timeline, looks for contributing factors in systems and processes, and produces a few owned, prioritised action items. Tracking those actions to completion is what actually reduces repeat incidents.',
    ),
  ],
  Observability: [
    q(
      'mid',
      'What is the difference between monitoring and observability?',
      'Checks understanding of modern debugging practice.',
      'Monitoring checks known failure modes with predefined dashboards and alerts, while observability is the ability to ask new questions about the system from its outputs without shipping new code. That requires rich telemetry: structured logs, metrics and distributed traces with high-cardinality context such as request IDs. OpenTelemetry gives a vendor-neutral way to produce all three.',
    ),
    q(
      'senior',
      'How does distributed tracing work and how do you roll it out across services?',
      'Tests implementation experience with tracing.',
      'Each request gets a trace ID, and every service creates spans with timing and attributes, propagating the context in headers such as W3C `traceparent` so spans join into one tree. Rollout starts with OpenTelemetry auto-instrumentation for HTTP, database and queue clients, then adds manual spans for key business steps. Sampling, usually head-based plus tail-based rules keeping errors and slow traces, controls cost.',
    ),
  ],
  'Open Source': [
    q(
      'junior',
      'What do you check before adding an open-source library to a project?',
      'Checks judgement about depending on open-source software.',
      'I check that its licence allows our use, that it is maintained, with recent releases, answered issues and more than one maintainer, and that its security record and its own dependencies are sound. I try it in a small example before adopting it, and I pin the version so that an update is a decision, not a surprise. If it covers only a little of what we need, writing that part ourselves can cost less than the dependency.',
    ),
    q(
      'mid',
      'How would you make your first contribution to an open-source project?',
      'Tests familiarity with how open-source projects work.',
      'I read the contributing guide, the code of conduct and a few merged pull requests to learn how the project likes changes to be made. I start small, with a documented bug or a good first issue, and say on the issue that I am working on it so nobody duplicates the work. My pull request is focused, has tests and a clear description, and I answer review patiently, since maintainers give their time too.',
    ),
    q(
      'senior',
      'How would you run an open-source project so that outside contributors stay?',
      'Checks maintainer experience: governance, review and community.',
      'I make contributing easy: a clear README and contributing guide, issues labelled for newcomers, and CI that tells a contributor quickly what to fix. I answer issues and pull requests within days, review kindly and credit people in the release notes, because a contributor who waits weeks rarely comes back. As the project grows I write down how decisions are made and share maintainer rights with people who have earned trust.',
    ),
  ],
  GitHub: [
    q(
      'junior',
      'What is the difference between a fork, a branch and a pull request on GitHub?',
      'Checks basic collaboration on GitHub.',
      "A branch is a line of work inside one repository, and a fork is my own copy of someone else's repository, used when I cannot push to theirs. A pull request asks to merge a branch, from the same repository or from a fork, into another one, and it is where review, discussion and CI checks happen. I keep pull requests small and link each one to the issue it closes.",
    ),
    q(
      'mid',
      'How do you set up a GitHub repository so that its main branch stays releasable?',
      'Tests practical use of branch protection, reviews and GitHub Actions.',
      'I protect the main branch: changes arrive through pull requests that need a review and passing checks, and nobody pushes to it directly. GitHub Actions runs the tests, the linter and a build on every pull request, and a CODEOWNERS file asks the right people to review their areas. Releases are tagged from main, and dependency updates come through the same review path.',
    ),
    q(
      'senior',
      'How do you keep secrets and the supply chain safe in GitHub Actions workflows?',
      'Checks security awareness in CI on GitHub.',
      'Secrets live in the repository or organisation settings or, better, are replaced by short-lived OIDC tokens to the cloud, and each workflow gets only the permissions it needs. I pin third-party actions to a commit SHA, review their updates, and never run code from an untrusted pull request with access to secrets. Secret scanning and protection of the workflow files catch what slips through.',
    ),
  ],
  Troubleshooting: [
    q(
      'junior',
      'A user reports that an application stopped working. What are your first steps?',
      'Checks a calm, methodical start to troubleshooting.',
      'I first ask what exactly happens, since when, and what changed, and I try to reproduce it myself. I check the obvious things quickly, whether others are affected, the service status, the network and recent updates, and I read the error message or the logs rather than guessing. I write down what I tried, so that if I escalate, the next person does not start over.',
    ),
    q(
      'mid',
      'How do you narrow down a problem that could sit in several layers of a system?',
      'Tests a systematic, divide-and-conquer approach.',
      'I split the path a request takes into layers, such as the client, the network, the service and its database, and test at a boundary in the middle to see which half holds the fault. I change one thing at a time and keep the evidence of each step, so the result of a test is never in doubt. Once the fault is isolated, I fix its cause, not just the symptom, and note how to spot it faster next time.',
    ),
    q(
      'senior',
      'How do you make a team better at troubleshooting, not just fix problems yourself?',
      'Checks the ability to spread troubleshooting practice.',
      'I write runbooks for the recurring problems, with the checks to run and what each result means, and keep them next to the alerts that trigger them. After a hard incident I walk the team through how it was found, dead ends included, in a blameless review. I also add the logs, metrics or health checks whose absence made the problem slow to find.',
    ),
  ],
  Monitoring: [
    q(
      'junior',
      'What is the difference between metrics, logs and traces in monitoring?',
      'Checks the basic signals of monitoring.',
      'Metrics are numbers over time, such as request rate, error rate and latency: cheap to keep and good for dashboards and alerts. Logs record single events with their details, which I use to understand what happened in one case. Traces follow one request across services to show where its time went; together the three tell me that something is wrong, where and why.',
    ),
    q(
      'mid',
      'How do you decide what to alert on?',
      'Tests alert design that avoids noise.',
      'I alert on symptoms users feel, such as errors, latency and unavailability against an agreed objective, rather than on every cause like high CPU. Each alert must be actionable, reach an owner and link to a runbook; if nobody needs to act, it belongs on a dashboard instead. Every month I review the alerts that fired and remove or tune the ones that woke someone for nothing.',
    ),
    q(
      'senior',
      'How would you set up monitoring for a new service from scratch?',
      'Checks end-to-end monitoring design.',
      'I start from what users need from the service and write service-level objectives for it, such as availability and latency. I instrument it for the four golden signals, send structured logs and traces to one place, and build a dashboard for each objective. Alerts fire when the error budget burns too fast, and I test them by breaking the service on purpose in staging.',
    ),
  ],
  'Version Control': [
    q(
      'junior',
      'Why use version control, and what makes a good commit?',
      'Checks basic version control habits.',
      'Version control records every change with its author and reason, so I can read the history, undo mistakes and work in parallel with others without overwriting their work. A good commit does one thing, builds and passes the tests, and its message says why the change was made, not only what changed. I commit in small steps, so a problem is easy to find and to revert.',
    ),
    q(
      'mid',
      'How do you resolve a merge conflict safely?',
      'Tests practical branching and merging skill.',
      'I first update my branch and read both sides of the conflict to understand what each change meant, and ask the other author when it is not clear. I combine them by hand, run the tests and check the behaviour, rather than just picking one side. To have fewer conflicts, I keep branches short-lived and bring the main branch into them often.',
    ),
    q(
      'senior',
      'Which branching strategy would you choose for a team, and why?',
      'Checks judgement about branching and release flow.',
      'For most teams I choose trunk-based development: short-lived branches merged into main through reviewed pull requests, with feature flags for unfinished work. It keeps integration continuous and conflicts small, and releases are tags on main. I keep long-lived release branches for when several versions must be supported at once, and I write the chosen flow down so everyone follows the same one.',
    ),
  ],
  'System Administration': [
    q(
      'junior',
      'A Linux server is running out of disk space. What do you do?',
      'Checks practical first steps in system administration.',
      'I check which filesystem is full with df and find what takes the space with du, usually logs, caches or old backups. I clear or compress what is safe to remove and make sure log rotation is set up so it does not happen again. Then I add an alert that warns well before the disk is full.',
    ),
    q(
      'mid',
      'How do you keep a fleet of servers patched and configured the same way?',
      'Tests configuration management and patching practice.',
      'I describe the configuration in code with a tool such as Ansible, keep it in version control and apply it to every server, so any drift shows up as a difference. Patches go to a test group first, then to production in batches during agreed windows, with a way to roll back. A regular report of versions and missing patches tells me which machines are behind.',
    ),
    q(
      'senior',
      'How do you plan backups and recovery for the systems you run?',
      'Checks understanding of recovery objectives and tested restores.',
      'I agree with the owners how much data they can afford to lose and how long they can be down, and set backup frequency, retention and off-site copies to match. Backups are encrypted and automated, with alerts when one fails. Above all I restore from them on a schedule and time it, because a backup that has never been restored is only a hope.',
    ),
  ],
  Scripting: [
    q(
      'junior',
      'What makes a shell script safe to run more than once?',
      'Checks basic scripting habits.',
      'I start with set -euo pipefail so that errors stop the script instead of being ignored, and I quote variables so spaces in names do not break it. Each step checks whether its work is already done, for example whether a directory exists, before doing it. I print what the script does and try it on a copy before running it on anything important.',
    ),
    q(
      'mid',
      'When do you turn a shell script into a Python program?',
      'Tests judgement about the right tool for automation.',
      'A shell script is fine for a few commands glued together. Once it needs data structures, error handling for many cases, JSON parsing or calls to an API, I move it to Python, where it is easier to test and read. I also switch when the script grows past a page or more than one person has to maintain it.',
    ),
    q(
      'senior',
      'How do you make the scripts a team depends on maintainable?',
      'Checks the ability to treat automation as software.',
      'I keep them in version control with a README, review changes like any other code, and give each a clear usage message and exit codes. Shared logic moves into a small library, secrets come from the environment or a vault rather than the script, and a linter such as ShellCheck runs on every change. Scripts that run on a schedule log what they did and alert an owner when they fail.',
    ),
  ],
  GitLab: [
    q(
      'junior',
      'How does a merge request work in GitLab?',
      "Checks familiarity with GitLab's review workflow.",
      'I push a branch and open a merge request that describes the change and links its issue. The pipeline runs the tests on it, reviewers comment on lines and approve, and open discussions must be resolved before merging. Once it is approved and green I merge it, often squashed, and the branch is deleted.',
    ),
    q(
      'mid',
      'How do you structure a GitLab CI pipeline for a service?',
      'Tests knowledge of stages, jobs, caching and rules in .gitlab-ci.yml.',
      'In .gitlab-ci.yml I define stages such as build, test and deploy, with jobs in each that run in parallel where they can. Dependencies are cached and build outputs passed on as artifacts, and rules decide which jobs run on merge requests, on the main branch or on tags. Deployment jobs use protected environments and variables, so secrets and production are only reachable from protected branches.',
    ),
    q(
      'senior',
      'How would you make GitLab CI faster and safer across many projects?',
      'Checks experience running CI at scale.',
      'I put shared jobs in templates that projects include, so an improvement reaches every project at once. Runners are sized and tagged for their work, with caches and prepared images, and pipelines run only the jobs a change affects. For safety I mask and protect secrets, isolate the runners that build untrusted code and run dependency and container scanning in every pipeline.',
    ),
  ],
  'Code Review': [
    q(
      'junior',
      "What do you look for when you review a colleague's code?",
      'Checks an understanding of what code review is for.',
      'First I check whether the change does what its description says and has tests that show it. Then readability: clear names, small functions, no surprising side effects, and errors and edge cases handled. I ask questions rather than give orders, and I separate what must change from my personal preferences.',
    ),
    q(
      'mid',
      'How do you respond when a reviewer disagrees with a design choice in your change?',
      'Tests openness to feedback and the ability to settle a disagreement.',
      "I first make sure I understand the concern, asking for an example if I need one. If the reviewer is right I change it and say thanks; if I still think my approach is better, I explain the trade-off with evidence, such as a measurement or a constraint they may not know about. When we cannot agree, we follow the team's convention or ask a third person, so the change is not blocked for days.",
    ),
    q(
      'senior',
      'How would you make code review faster and more useful for a team?',
      "Checks the ability to improve a team's review practice.",
      'I ask for small changes with a clear description, so a review takes minutes rather than hours. Formatting and simple mistakes are left to linters and CI, so people can look at design and correctness. We agree on a response time, share the reviewing so no one becomes a bottleneck, and pair newer reviewers with experienced ones to spread knowledge.',
    ),
  ],
  'High Performance Computing': [
    q(
      'junior',
      'How do you run a job on an HPC cluster?',
      'Checks familiarity with batch schedulers.',
      'I write a batch script that asks the scheduler, such as Slurm, for the cores, memory and time the job needs, loads the software with environment modules and runs the program. I submit it with sbatch, follow it with squeue and read its output files when it ends. I try it on a small input first, so I do not waste a long allocation on a mistake.',
    ),
    q(
      'mid',
      'Your parallel program does not get faster with more cores. How do you find out why?',
      'Tests understanding of scaling and bottlenecks.',
      "I measure how the run time changes with the number of cores and profile the program to see where the time goes. Common causes are a serial part that dominates, as Amdahl's law predicts, too much communication between processes, uneven load, or contention for memory bandwidth or disk. I fix the largest cause, for example by balancing the work or sending fewer messages, and measure again.",
    ),
    q(
      'senior',
      'How do you help researchers use a shared HPC system efficiently?',
      'Checks the ability to support users of shared computing resources.',
      'I watch usage to find jobs that request far more than they use or wait long in the queue, and show their owners how to size their requests. Documentation, job templates and short trainings cover the common tasks, and software comes as modules or containers so people do not build it themselves. For the heaviest users I help profile and parallelise their code, which often saves more than new hardware would.',
    ),
  ],
  'Incident Management': [
    q(
      'junior',
      'What do you do in the first minutes after you notice a production incident?',
      'Checks a calm, structured first response to an incident.',
      'I first check how bad it is and who is affected, and say so in the incident channel so nobody works on it alone or twice. If it is serious I page the on-call lead and we name one person to coordinate. I look for what changed recently and take the quickest safe way to restore service, such as a rollback, before hunting for the root cause, and I note times and actions as I go.',
    ),
    q(
      'mid',
      "How do you run an incident so that people fix it fast without getting in each other's way?",
      'Tests incident command and communication.',
      'I separate the roles: one incident lead who coordinates and decides, people who investigate and fix, and one person who updates stakeholders on a fixed rhythm, such as every thirty minutes. Work happens in one channel with a running timeline, and every change to production is announced before it is made. When the service is back, I confirm it with the monitoring and with users, then close the incident and schedule the review.',
    ),
    q(
      'senior',
      'How do you make sure the same incident does not happen again?',
      'Checks learning from incidents and follow-through.',
      'I hold a blameless review within a few days, built on the timeline: what happened, why it made sense to people at the time, and what let it spread or stay hidden. The actions target those causes, such as a missing alert, a risky deploy step or an unclear runbook, and each has an owner and a date in the normal backlog. I track them to completion and look at incident trends every quarter, so recurring causes get fixed at the root.',
    ),
  ],
  Scalability: [
    q(
      'junior',
      'What is the difference between scaling up and scaling out?',
      'Checks the basic vocabulary of scalability.',
      'Scaling up gives one machine more CPU, memory or faster disks; it is simple but has a ceiling and leaves a single point of failure. Scaling out adds machines behind a load balancer, which needs the application to keep no state on any one server, for example by storing sessions in a shared cache. I usually design for scaling out, because it also gives redundancy.',
    ),
    q(
      'mid',
      'A service slows down as traffic grows. How do you find out what limits it?',
      'Tests a measured approach to scaling bottlenecks.',
      "I look at the metrics under load first: latency percentiles, CPU, memory, connection pools, queue lengths and the database's slow queries, to find the first resource that saturates. I reproduce it with a load test above today's peak and change one thing at a time: an index, a cache, more instances or a larger pool. Each change is measured against the same test, so I know which one moved the limit.",
    ),
    q(
      'senior',
      "How would you design a system to handle ten times today's traffic?",
      'Checks architectural judgement about growth.',
      "I start from numbers: today's peak, how each part grows with it and which part saturates first. Stateless services scale out behind a load balancer, reads go to caches and replicas, slow work moves to queues, and data is partitioned only where one database can no longer keep up, because partitioning is expensive to undo. I plan capacity with load tests and autoscaling limits, and keep the cost in view so the design grows in steps.",
    ),
  ],
  'Performance Optimization': [
    q(
      'junior',
      'How do you find out why a piece of software is slow?',
      'Checks measuring before optimising.',
      'I measure before I change anything: I reproduce the slow case, time it, and use a profiler or the request timings to see where the time actually goes. Often it is one hot spot, such as a query inside a loop or a file read again and again. I fix that, time it again with the same case, and keep the measurement so a later change cannot slow it down unnoticed.',
    ),
    q(
      'mid',
      'Tell me about a performance problem you fixed. How did you know the fix worked?',
      'Tests hands-on optimisation backed by evidence.',
      'I pick a case where my first guess was wrong, because measuring showed it: the symptom, the profile or trace that pointed to the real cause, and the change I made, such as an index, a cache or a smaller payload. I show the before-and-after numbers under the same load, usually the median and the 95th percentile. I also name the test or benchmark I added so the gain stays.',
    ),
    q(
      'senior',
      'How do you keep an application fast while a team keeps adding features?',
      'Checks performance as an ongoing practice.',
      'I agree on budgets that matter to users, such as page load or API latency at the 95th percentile, and track them on dashboards from real traffic. Benchmarks or performance tests run in CI for the critical paths, so a regression is caught in review rather than in production. When a budget is exceeded, fixing it is planned work with an owner, and I share what we learn so the same pattern is avoided next time.',
    ),
  ],
  'Ticketing Systems': [
    q(
      'junior',
      'What makes a good support ticket?',
      'Checks clear, useful ticket writing.',
      'A good ticket says what happened, what the person expected, when it started and how to reproduce it, with screenshots or error messages attached. It names who is affected and how badly, so it can be prioritised correctly. When I handle a ticket, I keep it updated with what I tried and what I told the user, so anyone can pick it up.',
    ),
    q(
      'mid',
      'How would you set up categories, priorities and service levels in a ticketing system?',
      'Tests structured ticket workflows.',
      'I keep the categories few and based on what the team does with them, such as routing and reporting, and define priorities by impact and urgency with examples for each. Each priority has a target response and resolution time, and the system warns before a target is missed. I review the categories and the workload every quarter and remove what nobody uses.',
    ),
    q(
      'senior',
      'Tickets keep piling up and users are unhappy. What do you do?',
      'Checks the ability to fix a support backlog and its causes.',
      'I look at the data first: which categories grow, how long tickets wait at each step and which ones come back. Quick wins such as templates, a knowledge-base article or an automated answer can take the most common requests off the queue, and I agree temporary priorities so the oldest urgent tickets are cleared. Then I take the most frequent causes to the teams that own them, so fewer tickets are created in the first place.',
    ),
  ],
  'ELK Stack': [
    q(
      'junior',
      'What does each part of the ELK stack do?',
      'Checks basic knowledge of the stack.',
      'Elasticsearch stores and indexes the log and event data so it can be searched quickly, Logstash or lighter shippers such as Beats collect, parse and enrich the data on the way in, and Kibana is the interface for searching, building dashboards and alerts. Together they put logs from many machines in one place. I use it to find all the errors around the time a problem started.',
    ),
    q(
      'mid',
      'How would you make logs from many services easy to search in Elasticsearch?',
      'Tests structured logging and index design.',
      'I have the services write structured logs, in JSON with consistent field names such as the service, the level and a request ID, so nothing needs fragile parsing. The shipper adds host and environment fields, and index templates define the field types. With a request ID in every line, I can follow one request across services in Kibana.',
    ),
    q(
      'senior',
      'How do you keep an Elasticsearch cluster for logs fast and affordable as volume grows?',
      'Checks operating the stack at scale.',
      "I use time-based indices with lifecycle policies: recent data on fast nodes, older data moved to cheaper nodes or snapshots, and deletion after the agreed retention. I size shards so they are neither tiny nor huge, drop noisy fields and debug logs at the source, and sample high-volume logs that nobody reads. I watch the cluster's heap, disk and indexing latency, and alert before the disk watermarks are reached.",
    ),
  ],
  'Build Tools': [
    q(
      'junior',
      'What does a build tool do for a project?',
      'Checks the role of build tools.',
      'A build tool turns source code into something that runs or ships: it resolves dependencies, compiles or bundles the code, runs the tests and packages the result. It records those steps in a file in the repository, so every developer and the CI server build the same way. I run the same build command locally that CI runs, so a failure in CI is one I can reproduce.',
    ),
    q(
      'mid',
      'A build has become slow. How do you speed it up?',
      'Tests diagnosing build performance.',
      "I measure first, with the build tool's timing or profiling output, to see which steps take the time. Then I apply the usual fixes: caching dependencies and build outputs between runs, building only what changed, running independent steps in parallel, and removing work nobody needs, such as unused plugins. I compare the build time before and after each change and watch the cache hit rate in CI.",
    ),
    q(
      'senior',
      "How would you make builds reproducible across developers' machines and CI?",
      'Checks reproducible build practice.',
      'I pin the versions of the toolchain and every dependency with a lockfile, and run builds in a defined environment, such as a container image or a version manager file in the repository. Builds take no input from the machine they run on, such as local files or the current time, unless it is declared. I check reproducibility by building the same commit twice and comparing the outputs.',
    ),
  ],
  Slack: [
    q(
      'junior',
      'When would you use a channel, a thread or a direct message in Slack to ask your team a work question?',
      'Checks sensible everyday Slack communication habits.',
      'I ask work questions in the relevant public channel so others can answer and later find the answer in search, and I reply in threads to keep the main channel readable. I use direct messages only for personal or sensitive topics, since knowledge shared there is invisible to the team. I also mention specific people or a user group only when I actually need their attention, rather than using @channel.',
    ),
    q(
      'mid',
      'How would you set up Slack so that deployment and monitoring alerts reach the right engineers without creating alert fatigue?',
      'Tests practical integration of Slack into DevOps workflows.',
      "I create dedicated channels per service or severity, such as a payments alerts channel, and connect tools like PagerDuty, Datadog or GitHub through their Slack apps or incoming webhooks. Only actionable alerts go to channels people watch closely, while noisy informational ones go to a low-priority channel. I create user groups like @oncall-payments so the right rota is paged, and I ask responders to post updates in the alert's thread so the incident history stays together.",
    ),
    q(
      'senior',
      'What governance and security controls would you put in place for a company-wide Slack workspace, including Slack Connect channels and third-party apps?',
      'Looks for judgement on collaboration-tool governance and risk.',
      'I would require SAML single sign-on with SCIM provisioning so accounts are created and removed with the identity provider, and turn on app approval so only reviewed apps and scopes can be installed. I set message and file retention policies agreed with legal, and limit Slack Connect to approved partner organisations with clear naming such as an ext- prefix for external channels. On Enterprise Grid I would also use audit logs, DLP and, for very sensitive data, Enterprise Key Management.',
    ),
  ],
  Asana: [
    q(
      'junior',
      'How do you organise your work in Asana using projects, sections, tasks and subtasks?',
      'Checks basic Asana structure and habits.',
      'I keep each piece of work as a task with a single assignee and a due date, and break larger tasks into subtasks when different people own the steps. Tasks live in a project, grouped into sections such as stages or workstreams, and I can add a task to more than one project when it matters to several teams. I plan my day from My Tasks, and I put updates in task comments rather than email so the context stays with the work.',
    ),
    q(
      'mid',
      'How would you set up an Asana project to track a software release so that dependencies, priorities and status are visible to everyone?',
      'Tests practical project setup in Asana.',
      'I use a board view with sections like To do, In progress, In review and Done, plus custom fields for priority and effort. Tasks that block others get dependencies, so the Timeline view shows the critical path and assignees are notified when blockers finish. I add rules to move or assign tasks when a field changes, a form for incoming bug reports, and I post a weekly status update on the project.',
    ),
    q(
      'senior',
      "How would you use Asana to give leadership a portfolio-level view of many teams' projects without forcing every team to work the same way?",
      'Looks for judgement on cross-team reporting and governance in Asana.',
      "I agree a small set of shared custom fields, such as status, priority and owner, publish them in the organisation's field library, and bake them into project templates, while teams stay free to add their own views and sections. Projects are grouped in Portfolios so leaders see progress, dates and status updates in one place, and linked to company Goals to show why the work matters. I set a regular status-update cadence and use reporting dashboards, reviewing with team leads whether the fields are still being used honestly.",
    ),
  ],
  Windows: [
    q(
      'junior',
      'A user says their Windows laptop has become very slow. What do you check first?',
      'Checks basic Windows troubleshooting approach.',
      'I open Task Manager with Ctrl+Shift+Esc and look at which processes are using CPU, memory or disk, and I check the Startup apps list for unnecessary programs. I make sure there is enough free disk space and see whether Windows Update is waiting for a restart. If the cause is still unclear I run a Microsoft Defender scan and look in Event Viewer and Resource Monitor for disk errors or repeated crashes.',
    ),
    q(
      'mid',
      'How would you use Group Policy to map a network drive and lock screens after inactivity for all Windows computers in one department?',
      'Tests practical Windows Group Policy administration.',
      "In the Group Policy Management Console I create a GPO and link it to the department's OU, using security filtering if only some groups should get it. The drive mapping goes under User Configuration, Preferences, Windows Settings, Drive Maps, and the lock uses Interactive logon: Machine inactivity limit under Computer Configuration, Security Options. I test on one machine with gpupdate /force and confirm the policy applied with gpresult /r before relying on it.",
    ),
    q(
      'senior',
      'How would you manage Windows updates and security baselines across a few thousand endpoints, many of them remote?',
      'Looks for judgement on endpoint management at scale.',
      'For remote devices I would manage Windows through Intune with Windows Update for Business rings, starting with an IT ring, then a pilot ring and finally broad deployment with deferral periods, so a bad update can be paused before it hits everyone. I apply Microsoft security baselines, BitLocker with recovery keys escrowed to Entra ID, Windows LAPS for local admin passwords and Microsoft Defender for Endpoint. Compliance policies and reports show which devices are behind, and conditional access can block non-compliant devices from company data.',
    ),
  ],
  Dropbox: [
    q(
      'junior',
      'In Dropbox, what is the difference between sharing a folder with someone and sending them a shared link?',
      'Checks basic understanding of Dropbox sharing.',
      'When I share a folder, the person becomes a member and it appears in their own Dropbox, so they can sync it and, if I allow, edit its contents. A shared link lets anyone with the link view or download the content without joining, and on paid plans I can add a password or expiry date. I use shared folders for ongoing collaboration and links for sending files to people outside the team.',
    ),
    q(
      'mid',
      'A colleague accidentally deleted or overwrote important files in a shared Dropbox folder. How would you recover them?',
      'Tests practical recovery skills in Dropbox.',
      "For deleted files I open Deleted files in the Dropbox web app, find the items and restore them, and for an overwritten file I open its version history and restore the previous version. If many files were damaged, for example by ransomware or a bad sync, I use Dropbox Rewind to roll the whole folder back to a point in time. How far back I can go depends on the plan's history window, so I act quickly and check the activity log to see who changed what.",
    ),
    q(
      'senior',
      'As the admin of a Dropbox business team, how would you control external sharing and protect company data when staff leave?',
      'Looks for judgement on Dropbox governance and offboarding.',
      'In the admin console I set the default link audience to team members only, require passwords or expiry for external links, and restrict who can share outside the team. Company content lives in team folders managed through groups, and sign-in goes through SSO with two-step verification. When someone leaves I remove them with the option to transfer their files to their manager and remote wipe their linked devices, and I review the activity log for unusual downloads beforehand.',
    ),
  ],
  Bitbucket: [
    q(
      'junior',
      'How do you create a branch and open a pull request in Bitbucket to get your change reviewed?',
      'Checks basic Git and Bitbucket workflow.',
      'I create a branch from main with a name that includes the Jira issue key, commit my changes and push the branch to Bitbucket. Then I click Create pull request, choose main as the destination, write a clear description and add reviewers. I answer comments by pushing more commits to the same branch, and once it is approved and the build passes I merge it and delete the branch.',
    ),
    q(
      'mid',
      'How would you configure Bitbucket Pipelines to run tests on every pull request and deploy from the main branch?',
      'Tests practical CI/CD setup with Bitbucket Pipelines.',
      'I add a bitbucket-pipelines.yml file at the repository root with a Docker image, then a pull-requests section that runs install and test steps for every pull request. A branches section for main runs the same tests and then a deployment step marked deployment: staging, followed by production with trigger: manual. Secrets go into secured repository or deployment variables, and I use caches such as node to keep builds fast.',
    ),
    q(
      'senior',
      'How would you govern a Bitbucket Cloud workspace with dozens of repositories so that review and release rules are applied consistently?',
      'Looks for judgement on repository governance at scale.',
      'I group repositories into projects with group-based permissions, so access is granted by team rather than person by person. On main and release branches I set branch restrictions that block direct pushes and require pull requests, with merge checks for a minimum number of approvals, passing builds and no open tasks, enforced on the Premium plan. I add default reviewers, enforce two-step verification and IP allowlisting where Premium allows, and use access tokens for automation instead of personal credentials.',
    ),
  ],
  Logging: [
    q(
      'junior',
      'Which log levels do you use in application Logging, and what kind of message goes into each?',
      'Checks sensible use of log levels and awareness of sensitive data.',
      'I use DEBUG for detailed diagnostics that are normally off in production, INFO for significant normal events such as a service starting or an order being placed, WARN for unexpected situations that were handled, like a retry, and ERROR for failures that need attention, with the stack trace. I never log passwords, tokens or unnecessary personal data. I also make the level configurable at runtime so I can raise verbosity during an investigation without redeploying.',
    ),
    q(
      'mid',
      'Why would you move a service to structured Logging, and how would you implement it?',
      'Tests practical experience with structured, correlated logs.',
      'With structured logging every entry is a JSON object with consistent fields such as timestamp, level, service, message and request_id, so Elasticsearch, Loki or Datadog can filter and aggregate on fields instead of parsing free text with regular expressions. I use a library such as structlog in Python, pino in Node.js or Logback with a JSON encoder in Java, and middleware puts a correlation ID into the logging context so every line of a request carries it. Containers write to stdout and a shipper like Fluent Bit or Vector forwards the logs.',
    ),
    q(
      'senior',
      "Your company's centralised Logging bill has tripled in a year. How do you bring it under control without losing what engineers need?",
      'Looks for cost-aware log pipeline design and retention strategy.',
      'I start by measuring volume by service, level and message pattern, because a handful of noisy sources, such as health-check access logs or debug lines inside loops, usually make up most of it. Then I cut at the source by fixing levels, sampling high-volume success logs while keeping every error, and dropping or trimming fields in a Vector or Fluent Bit pipeline before ingestion. I set tiered retention, with a week or two of hot searchable data and the rest archived to cheap object storage such as S3, and turn repetitive log lines into metrics. Per-team dashboards showing each team its own volume and cost keep it from creeping back.',
    ),
  ],
  'CLI Tools': [
    q(
      'junior',
      'When you chain CLI Tools together in a shell, how do stdout, stderr and exit codes help you?',
      'Checks fundamentals of streams, redirection and exit statuses.',
      'Each process writes normal results to standard output and diagnostics to standard error, and returns an exit code where 0 means success and anything else means failure. I redirect the streams separately, for example command > out.txt 2> err.log, or merge them with 2>&1, and pipe stdout into tools like grep, jq or sort. In scripts I use && and || or check $?, and set -o pipefail so a failure early in a pipeline is not hidden by the last command succeeding.',
    ),
    q(
      'mid',
      'You are building internal CLI Tools for your team. How do you design flags, output and exit codes so they work well in scripts?',
      'Tests command-line interface design for humans and automation.',
      'I follow the POSIX and GNU conventions of short and long flags, --help and --version, and subcommands for distinct actions, using a library such as Click or Typer in Python, Cobra in Go or clap in Rust. Results go to stdout while progress, logs and errors go to stderr, and I offer --json or --output so scripts never have to parse human-formatted tables. Exit codes are 0 for success and documented non-zero values for distinct failures, and I never prompt when stdin is not a TTY, providing --yes to skip confirmation and --dry-run for destructive commands.',
    ),
    q(
      'senior',
      'How would you distribute and evolve CLI Tools used by hundreds of engineers and CI pipelines without breaking their scripts?',
      'Looks for treating a CLI as a versioned public interface.',
      'I treat the interface as a public API: flags, output formats and exit codes follow semantic versioning, deprecated flags keep working with a warning on stderr for a release or two, and the machine-readable output has a versioned schema. I ship signed static binaries with checksums through Homebrew, an apt repository or a container image, and CI pins a specific version rather than latest. Configuration is layered with clear precedence, flags over environment variables over a config file, and I use opt-in usage telemetry to see which commands and flags are actually used before removing anything.',
    ),
  ],
  'Configuration Management': [
    q(
      'junior',
      'In Configuration Management, what is the difference between a push model like Ansible and a pull model like Puppet?',
      'Checks understanding of agentless push versus agent-based pull tools.',
      'With Ansible I push changes from a control node over SSH when I run a playbook, and the managed hosts need no agent, just Python. Puppet and Chef traditionally run an agent on each node that pulls its configuration from a server on a schedule, every 30 minutes by default for Puppet, and converges the node to the desired state. Pull gives continuous enforcement and scales well to many nodes, while push is simpler to start with and gives more control over exactly when changes happen.',
    ),
    q(
      'mid',
      'How do you detect and deal with configuration drift when using Configuration Management tools?',
      'Tests practical handling of drift between code and real servers.',
      'I run the configuration in check mode on a schedule, such as ansible-playbook --check --diff from a CI job or Puppet in noop mode, and report any resource that would change as drift. Then I find out why it happened, usually a manual hotfix on a server, and either fold that change into code or let the next run revert it. Longer term I reduce drift by restricting SSH access, enforcing state continuously with regular runs, and moving towards immutable images built with Packer so servers are replaced rather than edited.',
    ),
    q(
      'senior',
      'How do you safely roll out a Configuration Management change, such as a new sshd setting, to thousands of servers?',
      'Looks for testing, staged rollout and blast-radius control at scale.',
      "I test the role or module against real OS images with Molecule or Test Kitchen, lint it with ansible-lint or puppet-lint, and review the dry-run diff in the pull request. The rollout is staged, canary hosts first and then batches using Ansible's serial and max_fail_percentage or separate Puppet environments per tier, with health checks between batches that stop the run on failure. For something as risky as sshd I validate the file before it replaces the old one, using the validate option with sshd -t, and keep console or out-of-band access so a bad change cannot lock everyone out.",
    ),
  ],
  'Platform Engineering': [
    q(
      'junior',
      'If you joined a Platform Engineering team, how would you describe what an internal developer platform gives application developers?',
      'Checks understanding of the purpose of an internal developer platform.',
      'I would say it gives developers self-service, paved paths to build, deploy and run services without needing to be experts in Kubernetes, Terraform or CI configuration. It typically includes service templates, a standard CI/CD pipeline, environments and databases on request, and built-in logging, metrics and secrets management. The platform team treats it as a product, so developers get a consistent golden path but can still step off it when they have a good reason.',
    ),
    q(
      'mid',
      'How would you build a golden path template for new services as part of Platform Engineering?',
      'Tests hands-on experience with self-service scaffolding and reuse.',
      'I would create a scaffolding template, for example a Backstage software template, that generates a repository with a service skeleton, Dockerfile, CI pipeline, Helm chart and default dashboards and alerts. It registers the service in the software catalogue with an owning team and provisions infrastructure through Terraform modules or Crossplane claims, so a developer goes from nothing to a deployed service in under an hour. I keep the shared parts as versioned reusable workflows and modules rather than copied files, so improvements reach existing services and not only new ones.',
    ),
    q(
      'senior',
      'How do you measure whether a Platform Engineering investment is paying off and decide what to build next?',
      'Looks for product thinking and meaningful metrics for an internal platform.',
      'I treat the platform as a product with internal customers, so I measure adoption of the golden paths, DORA metrics such as lead time and change failure rate for teams on and off the platform, time to first deploy for a new service, and developer satisfaction from regular surveys. I also count the tickets that still need the platform team, because each one is missing self-service. To set priorities I interview users and look at where teams bypass the platform, weigh building against adopting existing tools, and avoid mandating the platform before it is genuinely better than the alternatives.',
    ),
  ],
  IoT: [
    q(
      'junior',
      'Why is MQTT so common in IoT, and what do its QoS levels mean?',
      'Checks knowledge of the standard IoT messaging protocol.',
      'MQTT is a lightweight publish-subscribe protocol over TCP with a tiny header, which suits constrained devices and unreliable networks, and a broker such as Mosquitto or EMQX decouples devices from consumers. QoS 0 delivers at most once without acknowledgement, QoS 1 at least once so duplicates can occur, and QoS 2 exactly once through a four-step handshake at a higher cost. I usually pick QoS 1 with idempotent processing for telemetry, and use retained messages and a last will message to publish current state and detect disconnected devices.',
    ),
    q(
      'mid',
      'How do you deliver over-the-air firmware updates safely to a fleet of IoT devices?',
      'Tests practical OTA update design with rollback.',
      'I sign firmware images and have the bootloader verify the signature, and I use an A/B partition scheme so the device boots the new image and falls back to the previous one if its health check fails. Rollouts are staged, starting with a small canary group through a service such as AWS IoT Jobs, Mender or balena, and are paused automatically if the failure rate rises. I also make downloads resumable and schedule them around battery level and connectivity.',
    ),
    q(
      'senior',
      'How would you design device identity and security for an IoT fleet of a million devices?',
      'Looks for per-device identity, least privilege and fleet-scale security operations.',
      'Each device gets a unique identity, ideally an X.509 certificate whose private key is generated inside a secure element or TPM, provisioned at manufacture or through just-in-time registration, never a shared fleet password. Devices connect with mutual TLS to a broker such as AWS IoT Core or Azure IoT Hub, and policies limit each device to its own topics so a compromised device cannot read or impersonate others. I plan certificate rotation and revocation, secure boot with signed firmware and disabled debug ports, and monitoring for anomalous behaviour such as unusual message rates so I can quarantine a device quickly.',
    ),
  ],
  'Release Management': [
    q(
      'junior',
      'How does semantic versioning work in Release Management, and when do you bump each number?',
      'Checks understanding of version numbering and compatibility signals.',
      'Semantic versioning uses MAJOR.MINOR.PATCH: I increase the major number for breaking changes, the minor number for backward-compatible new features and the patch number for backward-compatible bug fixes. Pre-releases get a suffix such as 2.1.0-rc.1 and sort before the final release. It tells consumers from the number alone whether an upgrade is safe, and tools like semantic-release can derive the next version automatically from Conventional Commits messages.',
    ),
    q(
      'mid',
      'How do you use feature flags in Release Management to separate deployment from release?',
      'Tests practical progressive delivery and flag hygiene.',
      'I deploy code to production with the new feature behind a flag that is off, so deployment becomes a routine technical event and switching the feature on is a business decision. With a tool such as LaunchDarkly, Unleash or Flagsmith I enable it for internal users first, then a percentage of customers, and can switch it off instantly if error rates rise, without a rollback deploy. Each flag has an owner and an expiry date, and I remove it from the code once the rollout is complete so flags do not pile up as technical debt.',
    ),
    q(
      'senior',
      'You own Release Management for a product with mobile apps, a web front end and a public API. How do you design the release process?',
      'Looks for coordinating different release cadences and compatibility at scale.',
      'I decouple the components with versioned API contracts, so the web front end and back end release continuously behind feature flags, while the mobile apps follow a regular release train, for example fortnightly, because of app store review and users who do not update. The API stays backward compatible with older app versions, and the app enforces a minimum supported version through a forced-upgrade check. Every release uses staged rollout, such as phased release on the App Store and staged rollouts on Google Play, with a go or no-go decision based on crash rates and SLOs and a hotfix path documented in advance.',
    ),
  ],
  OpenTelemetry: [
    q(
      'junior',
      'What are the main building blocks of OpenTelemetry, and how do traces, spans and context propagation relate?',
      'Checks core tracing concepts and what OpenTelemetry provides.',
      "OpenTelemetry provides vendor-neutral APIs, SDKs and the Collector for producing and exporting traces, metrics and logs over the OTLP protocol. A trace represents one request's path through the system and is made of spans, each a timed operation with attributes and a parent span ID. Context propagation carries the trace ID and span ID between services, by default in the W3C traceparent HTTP header, so I see spans from different services joined into one trace.",
    ),
    q(
      'mid',
      'How do you deploy the OpenTelemetry Collector in Kubernetes, and why use it instead of exporting straight to a backend?',
      'Tests practical Collector configuration and architecture.',
      'I define pipelines of receivers, processors and exporters, for example an OTLP receiver, the memory_limiter, k8sattributes and batch processors, and exporters to Tempo, Jaeger or a vendor such as Honeycomb. I usually run it as a DaemonSet agent on each node plus a gateway Deployment, often through the OpenTelemetry Operator, which can also inject auto-instrumentation into pods. The Collector keeps applications simple and vendor-neutral, because retries, batching, enrichment, stripping sensitive attributes and switching backends happen in configuration rather than in every service.',
    ),
    q(
      'senior',
      'Trace volume from OpenTelemetry is overwhelming your tracing backend. How do you design a sampling strategy?',
      'Looks for trade-offs between head and tail sampling at scale.',
      'Head-based sampling in the SDK, such as the parentbased_traceidratio sampler at 5%, is cheap but decides before it knows whether a request was slow or failed. I prefer tail-based sampling in the Collector with the tail_sampling processor, keeping every trace with errors or high latency plus a small share of normal ones, which needs the load-balancing exporter so all spans of a trace reach the same Collector instance. I generate request rate and latency metrics from spans with the spanmetrics connector before sampling so they stay accurate, and I agree sampling budgets per service with the owning teams.',
    ),
  ],
  'Root Cause Analysis': [
    q(
      'junior',
      'How do you use the 5 whys in a root cause analysis, and where can it go wrong?',
      'Checks basic root cause technique and its pitfalls.',
      "I state the problem precisely, then ask why it happened and answer with facts, repeating until I reach a cause that a change in process or design can fix, which is often around five levels but not always. For example, a shipment was late because the order was not picked, because the pick list did not print, because the printer queue was stuck, because nobody owned printer maintenance. It goes wrong when I follow only one chain although several causes contributed, when answers are guesses rather than evidence, or when I stop at a person's mistake instead of asking why the system allowed it.",
    ),
    q(
      'mid',
      'A recurring problem seems to have several possible causes. How do you use a fishbone diagram and data in root cause analysis to find the real one?',
      'Tests structured hypothesis generation and verification with evidence.',
      'I run a short session with people who know the process and draw an Ishikawa, or fishbone, diagram, grouping possible causes under headings such as people, process, tools, materials, environment and measurement, or for software under code, configuration, infrastructure and dependencies. That gives me hypotheses, not an answer, so I test the likeliest ones against data: when the problem started, what changed at that time, and whether it correlates with a specific machine, shift, release or customer. I often use a Pareto chart to see which cause explains most occurrences, and I confirm the root cause by showing that removing it stops the problem.',
    ),
    q(
      'senior',
      "A root cause analysis report concludes that the cause was 'human error'. Why would you push back, and what would you do instead?",
      'Looks for systems thinking and a blameless approach.',
      'Human error is where an investigation should start, not end, because people make mistakes in every system and the useful question is why this mistake was easy to make and hard to catch. I would ask what the person knew at the time, whether the procedure, tool or interface invited the mistake, why no check caught it, and what pressures such as time or staffing were involved. I keep the review blameless so people share what really happened, and I look for actions that change the system, such as automation, validation, clearer procedures or safer defaults, rather than retraining or reminders. I also compare several analyses for recurring themes, since the same weak spot often shows up in different problems.',
    ),
  ],
  'Load Balancing': [
    q(
      'junior',
      'What is the difference between layer 4 and layer 7 load balancing, and how do you choose a balancing algorithm?',
      'Checks load balancing fundamentals.',
      'A layer 4 load balancer such as AWS NLB or HAProxy in TCP mode forwards connections based on IP address and port without looking inside them, so it is fast and protocol-agnostic. A layer 7 load balancer such as AWS ALB, Nginx or Envoy understands HTTP, so it can route by host or path, terminate TLS, add headers and retry failed requests. For algorithms I use round robin when requests are similar, least connections or least outstanding requests when request times vary a lot, and consistent hashing when the same key should reach the same backend, for example for caches.',
    ),
    q(
      'mid',
      'How do you deploy a new version of a service behind a load balancer without dropping requests?',
      'Tests practical zero-downtime deployment with load balancers.',
      'I give every instance a readiness health check that only passes when the app can really serve traffic, so the load balancer sends nothing to it until it is warm. When removing an old instance I deregister it first and let connection draining, such as the deregistration delay on AWS target groups, finish in-flight requests, while the app handles SIGTERM by refusing new work and completing current requests. I avoid sticky sessions by keeping session state in Redis or in tokens, because stickiness slows draining and undermines even load balancing. During the rollout I watch 5xx rates and latency at the load balancer and roll back automatically if they rise.',
    ),
    q(
      'senior',
      'How would you design load balancing across several regions so that users reach a nearby region and traffic fails over when a region goes down?',
      'Looks for global traffic management and failover design.',
      "I put a global layer in front of the regional load balancers, either DNS-based routing such as Route 53 latency or geolocation records with health checks, or an anycast service such as AWS Global Accelerator, Google Cloud's global load balancer or Cloudflare. DNS is simple but failover depends on TTLs and on clients caching records, while anycast can fail over in seconds because the same IP addresses are announced from many locations. The harder part is the data layer, so I decide whether each region can accept writes, how data is replicated and whether every region has spare capacity to absorb a failed region's traffic. I test failover regularly with game days, since an untested failover path usually fails when it is needed.",
    ),
  ],
  'API Design': [
    q(
      'junior',
      'In API design, how would you structure the endpoints and error responses for an orders resource with line items?',
      'Checks resource modelling and consistent error handling.',
      'I use plural nouns and let HTTP methods carry the action, so GET /orders lists orders, POST /orders creates one and GET /orders/{id} fetches one, while line items live under /orders/{id}/items because they do not exist without an order. I keep naming, casing and date formats consistent across the API, such as camelCase fields and ISO 8601 timestamps. For errors I return the right status code with a consistent body, ideally the RFC 9457 problem details format with type, title, detail and a list of field-level validation errors, so clients can handle every error the same way.',
    ),
    q(
      'mid',
      'In API design, how do you make an endpoint that takes payments safe for clients to retry?',
      'Tests understanding of idempotency and retry behaviour.',
      'After a network failure a client cannot tell whether a POST succeeded, so I require an Idempotency-Key header, the approach Stripe popularised. The server stores the key with a hash of the request and the response, and if the same key arrives again it returns the stored response instead of charging twice, while the same key with a different body is rejected with an error. GET, PUT and DELETE should already be idempotent by design, and I document retry guidance such as exponential backoff with jitter and honouring Retry-After on 429 and 503 responses.',
    ),
    q(
      'senior',
      'How would you keep API design consistent across thirty teams that each publish their own services?',
      'Looks for scalable governance rather than manual policing.',
      'I write a short API style guide covering naming, errors, pagination, versioning, authentication and idempotency, with examples, and make the OpenAPI specification the source of truth, written before the code. The rules are enforced automatically by linting specs with Spectral in CI and by catching breaking changes with a spec diff tool such as oasdiff, so reviewers spend their time on domain modelling instead of casing. For new public or cross-team APIs I run a lightweight design review with a few experienced engineers, and I publish every spec in a developer portal such as Backstage so teams find and reuse existing APIs. I treat the guide as a product and update it when teams hit real problems, rather than enforcing rules nobody understands.',
    ),
  ],
  DevSecOps: [
    q(
      'junior',
      'In a DevSecOps pipeline, what is the difference between SAST, DAST and SCA, and when does each run?',
      'Checks knowledge of core automated security testing types.',
      'SAST analyses source code without running it, with tools such as Semgrep, CodeQL or SonarQube, and runs on every pull request to catch issues like injection patterns early. SCA checks third-party dependencies against known vulnerabilities and licences, with tools such as Dependabot, Snyk or OWASP Dependency-Check, and runs on every build and on a schedule, because new CVEs appear for code that has not changed. DAST tests the running application from the outside, for example with OWASP ZAP against a staging environment, so it runs later and finds issues like missing security headers or weak session handling. I use all three because each catches problems the others cannot see.',
    ),
    q(
      'mid',
      'A developer has pushed an AWS access key to a Git repository. As the DevSecOps engineer, what do you do, and how do you prevent it next time?',
      'Tests incident handling and preventive controls for leaked secrets.',
      'I treat the key as compromised the moment it is pushed, so I deactivate and rotate it straight away and check CloudTrail for any use of it, because deleting the commit does not help if bots have already scraped it. Then I remove it from history with git filter-repo or BFG if the repository is shared, although rotation is what really removes the risk. To prevent repeats I add secret scanning with gitleaks or TruffleHog as a pre-commit hook and in CI, enable push protection on the Git host, and move pipelines to short-lived credentials through OIDC federation and a secrets manager such as Vault or AWS Secrets Manager.',
    ),
    q(
      'senior',
      'Developers say the DevSecOps security gates block releases with false positives, and they have started to bypass them. How do you fix this?',
      'Looks for balancing security with delivery speed and developer trust.',
      'I first look at the data: which tools and rules cause most failures and how many findings were real, because a gate that is mostly noise trains people to ignore it. I tune or disable noisy rules, baseline existing findings so the pipeline blocks only on new high or critical issues, and use reachability analysis for dependency alerts where the tool supports it. There is a documented exception path with an owner and an expiry date instead of silent bypasses, and security engineers triage findings together with teams rather than just sending reports. I track the false-positive rate, time to fix and number of exceptions, and I recruit security champions in each team so the rules feel like their own.',
    ),
  ],
  'Operating Systems': [
    q(
      'junior',
      'In operating systems, what is the difference between a process and a thread, and when would you use one over the other?',
      'Checks core OS concepts of isolation and shared memory.',
      'A process has its own virtual address space, file descriptors and other resources, so processes are isolated and one crashing does not corrupt another. Threads run inside a process and share its memory and open files while each has its own stack and registers, which makes communication cheap but means shared data needs locks or other synchronisation. I use threads when tasks share a lot of data and need low overhead, and separate processes when I want isolation or need several cores in a runtime with a global interpreter lock, such as CPython. Threads are also cheaper to create and switch between, although on Linux the kernel schedules both as tasks.',
    ),
    q(
      'mid',
      'Your multithreaded service sometimes hangs forever. Using what you know about operating systems, how do you tell whether it is a deadlock, and how do you prevent it?',
      'Tests practical concurrency debugging and deadlock prevention.',
      'I take thread dumps while it hangs, for example with jstack for Java or thread apply all bt in gdb for native code, and look for threads blocked on locks held by each other, with CPU usage near zero and no progress. A deadlock needs four conditions at once, mutual exclusion, hold and wait, no preemption and circular wait, so I prevent it by breaking one of them, most often circular wait by always acquiring locks in a fixed global order. I also hold locks as briefly as possible, never call external code while holding one, and use tryLock with a timeout where a thread can back off instead of waiting forever.',
    ),
    q(
      'senior',
      'A latency-sensitive service on Linux has rare p99 latency spikes even though average CPU usage is low. Which causes in the operating system do you investigate?',
      'Looks for deep knowledge of scheduling, memory and I/O behaviour.',
      "I check CPU throttling first, because a container with a CFS quota can be throttled within a 100 ms period even when average usage looks low, which shows up as nr_throttled in the cgroup's cpu.stat. Next I look at memory: major page faults, swapping and transparent huge page compaction, which can stall allocations and is often set to madvise or disabled for latency-sensitive workloads. I also consider run-queue latency from noisy neighbours, measured with runqlat from bcc, NUMA placement and synchronous disk I/O such as fsync on a busy device. I correlate the spikes with these metrics and with garbage collection logs before changing anything, and I use perf or off-CPU flame graphs to see where threads are waiting.",
    ),
  ],
  macOS: [
    q(
      'junior',
      "A user's Mac will not start up properly. What steps would you take to troubleshoot it?",
      'Checks basic macOS startup troubleshooting.',
      "I check power and peripherals first, then try safe mode, which on an Apple silicon Mac means holding the power button until the startup options appear, selecting the disk and holding Shift to continue in safe mode, while on an Intel Mac I hold Shift at startup. If it still fails I boot into macOS Recovery, from the startup options on Apple silicon or with Command-R on Intel, and run First Aid in Disk Utility on the startup volume. If the disk is fine but the system is damaged, I can reinstall macOS from Recovery, which keeps user data, but I confirm there is a recent Time Machine or cloud backup first. Because of FileVault I may need the user's password or the recovery key, which should be escrowed in our MDM.",
    ),
    q(
      'mid',
      "How would you enrol and manage a company's Macs with an MDM such as Jamf Pro or Intune?",
      'Tests practical macOS device management.',
      'I would link Apple Business Manager to the MDM so company-purchased Macs use Automated Device Enrolment, which makes enrolment mandatory during Setup Assistant and lets users unbox a Mac that configures itself. I then deploy configuration profiles for Wi-Fi, security settings and restrictions, enforce FileVault with the personal recovery key escrowed to the MDM, and push privacy preferences (PPPC) and system extension profiles so security and VPN tools are approved without prompting users. Apps come from Apps and Books licences or signed packages, and I manage macOS updates with declarative device management so they are enforced by a deadline. I use smart or dynamic groups based on inventory such as OS version and department to target settings and report on compliance.',
    ),
    q(
      'senior',
      'How would you plan the rollout of a new major macOS version across two thousand managed Macs?',
      'Looks for planning of large-scale macOS upgrades with risk control.',
      'I would use an MDM restriction to defer the upgrade, which can be held for up to 90 days, while I test the betas and the release with IT staff, checking security agents, VPN, printing and critical business apps against vendor compatibility statements. Then I would roll it out in rings, starting with IT and volunteers, then a pilot group from each department, then everyone, using declarative device management to set an install deadline and giving users notice and the option to upgrade early. Between rings I watch help-desk tickets and compliance reports and pause if a blocker appears. I also use the cycle to plan hardware, since Apple has said macOS Tahoe is the last major release for Intel Macs, so those machines need a replacement plan before their security updates end.',
    ),
  ],
  Meraki: [
    q(
      'junior',
      'What does it mean that Cisco Meraki is cloud-managed, and what happens if a site loses its connection to the Meraki cloud?',
      'Checks understanding of the Meraki management model.',
      'With Meraki, devices such as MX security appliances, MS switches and MR access points get their configuration from the Meraki Dashboard in the cloud and report statistics and logs back to it, so I manage every site from one web interface without on-site controllers. Only management traffic goes to the cloud, not user traffic, so if the connection is lost the devices keep forwarding traffic with their last configuration. What stops is making changes, live monitoring and features that depend on the cloud, such as some splash pages, until the connection returns. Every device also needs a valid licence, because expired licences can leave devices unable to pass traffic after a grace period.',
    ),
    q(
      'mid',
      'How would you connect branch offices to headquarters with Meraki Auto VPN, and what would you check if a branch cannot reach head office?',
      'Tests practical configuration and troubleshooting of Meraki site-to-site VPN.',
      'On each MX I enable site-to-site VPN, set the headquarters appliance as a hub and the branches as spokes, and choose which local subnets take part, and the Meraki cloud then exchanges addresses and keys so the tunnels build automatically, even through NAT. If a branch cannot reach head office, I first look at the VPN status page to see whether the tunnel is up and check the uplink status of both appliances. Then I check for overlapping subnets, which must be renumbered or handled with VPN subnet translation, the site-to-site firewall rules, and whether an upstream firewall blocks the UDP traffic the MX uses to reach the VPN registry and its peers. Finally I use the route table and packet capture tools in Dashboard to confirm where the traffic stops.',
    ),
    q(
      'senior',
      'You are responsible for a Meraki estate growing to three hundred sites. How would you keep it consistent, secure and manageable?',
      'Looks for scaling and governance of a large Meraki deployment.',
      'I would standardise a few site types and use configuration templates bound to networks, with local overrides kept to a minimum, so adding a branch is mostly claiming serial numbers and binding the network to a template. For changes at scale I would use the Meraki Dashboard API through the Python SDK or Terraform, keep the configuration in version control and apply changes through reviewed pipelines. Administrators would sign in with SAML single sign-on and MFA, with organisation and network roles following least privilege, and I would review the change log regularly. I would schedule firmware upgrades in waves, feed alerts, syslog and webhooks into our monitoring, and track licence renewals closely, since a missed renewal can affect the whole estate.',
    ),
  ],
  'SD-WAN': [
    q(
      'junior',
      'What is SD-WAN, and how does it differ from a traditional MPLS wide area network?',
      'Checks understanding of SD-WAN fundamentals.',
      'SD-WAN builds an encrypted overlay across any mix of transports, such as broadband, MPLS and 4G or 5G, and is managed from a central controller or orchestrator instead of configuring each router by hand. It measures the quality of each path and steers traffic by application, so voice can use the best link while backups use the cheapest, and it can send SaaS traffic straight to the internet instead of back through head office. A traditional MPLS WAN is a private carrier service with guaranteed performance, but it is more expensive, slower to provision and less flexible. SD-WAN also supports zero-touch provisioning, so I can ship a device to a branch and have it download its configuration once it is plugged in.',
    ),
    q(
      'mid',
      'Users at branches complain that voice calls break up since you moved to broadband links with SD-WAN. How would you tune the application routing?',
      'Tests practical application-aware routing and QoS in SD-WAN.',
      "I would first check that voice traffic is being classified correctly, then define an SLA class for it with thresholds on latency, jitter and loss, roughly 150 ms, 30 ms and 1%, and a policy that moves calls to a link that meets the SLA when the current one degrades. I would look at the path probe data to see which links fail the SLA and when, because busy-hour congestion on a cheap broadband link is a common cause. I would apply QoS with shaping slightly below the real uplink speed, so the SD-WAN device rather than the provider's equipment controls the queue and prioritises voice, and on lossy links I would enable forward error correction or packet duplication for voice. Then I compare call quality scores such as MOS before and after for the affected sites.",
    ),
    q(
      'senior',
      'How would you plan the migration of two hundred sites from MPLS to SD-WAN?',
      'Looks for large-scale network migration planning and design judgement.',
      'I would start with requirements and traffic data: which applications matter, where they are hosted and how much traffic goes to SaaS and cloud, because that decides the hub design and where internet breakout happens. Then I would design the underlay for diversity, such as two providers or broadband plus 4G or 5G at each site, and decide how security is handled, either on the SD-WAN edge or through a cloud security service as part of a SASE design. During migration the SD-WAN hubs would also connect to MPLS so migrated and unmigrated sites can still talk, and I would move a pilot set of varied sites first and then waves, with rollback steps, keeping MPLS at critical sites until the contract ends. I would track application performance, cost and incidents against the old network so the business sees the benefit, and train the operations team on the new model before the bulk of sites move.',
    ),
  ],
  Chef: [
    q(
      'junior',
      'In Chef, what are resources, recipes and cookbooks, and what happens during a Chef Infra Client run?',
      'Checks the core building blocks of Chef.',
      'A resource is a declarative statement of desired state, such as a package that must be installed, a template rendered to a config file or a service that must be running. A recipe is a Ruby file containing resources in order, and a cookbook bundles recipes with attributes, templates, files and a metadata.rb describing its version and dependencies. During a run the client collects facts about the node with Ohai, gets its run-list and cookbooks from the Chef Infra Server, compiles the resource collection and then converges, changing only what differs from the desired state. I usually run the client as a service every 30 minutes with a splay, so drift is corrected without every node hitting the server at once.',
    ),
    q(
      'mid',
      'How do you test a Chef cookbook before it reaches production servers?',
      'Tests practical cookbook testing and linting workflow.',
      'I run Cookstyle first to catch style problems and deprecated syntax, then ChefSpec unit tests for recipes with conditional logic, such as checking that the right template is rendered on Ubuntu and on RHEL. The main confidence comes from Test Kitchen, which converges the cookbook on real instances, usually Docker containers with the Dokken driver or cloud VMs, and then runs InSpec tests that check ports, services and file contents on the result. I also converge twice in Kitchen to prove the second run changes nothing, and all of this runs in CI on every pull request.',
    ),
    q(
      'senior',
      'How would you manage cookbook versions and promote changes from staging to production across many teams using Chef?',
      'Looks for a scalable release and dependency strategy for Chef.',
      'I would move teams to Policyfiles, because the lock file pins the exact version of every cookbook in the dependency tree, so what was tested in staging is exactly what reaches production. Each environment is a policy group, and a CI pipeline lints, unit tests and runs Test Kitchen before pushing the locked policy to dev, then staging, then a small canary group of production nodes, and only then to the rest. Shared community cookbooks are consumed through wrapper cookbooks and a private Supermarket rather than being forked, so upgrades stay manageable. I would also report failed client runs centrally, for example in Chef Automate, so a bad change is spotted within one run interval and can be rolled back by pushing the previous lock.',
    ),
  ],
  NFS: [
    q(
      'junior',
      'How do you export a directory over NFS from a Linux server and mount it on a client?',
      'Checks basic NFS server and client configuration.',
      'On the server I add a line to /etc/exports such as /srv/share 10.0.0.0/24(rw,sync,root_squash), limiting access to the client subnet, and run exportfs -ra to apply it, with the nfs-server service running. On the client I mount it with mount -t nfs fileserver:/srv/share /mnt/share, and for a permanent mount I add it to /etc/fstab with the _netdev option so boot waits for the network. NFSv4 needs only TCP port 2049 open through the firewall, which is simpler than NFSv3 with its extra rpcbind and mountd ports. I check the result with exportfs -v on the server and by writing a test file from the client.',
    ),
    q(
      'mid',
      "Users on an NFS mount see 'Permission denied' or files owned by nobody. How do you troubleshoot this?",
      'Tests understanding of NFS identity mapping and export options.',
      'Files owned by nobody under NFSv4 usually mean ID mapping is failing, so I check that the Domain setting in /etc/idmapd.conf matches on client and server and that both resolve the same users, for example from the same LDAP directory. With NFSv3, or with sec=sys, the server trusts numeric UIDs and GIDs, so I compare id output for the user on both machines because a mismatch gives the wrong owner. If root on the client gets permission denied, that is root_squash doing its job. I also check the export options with exportfs -v, the directory permissions on the server itself and, on RHEL-family systems, SELinux booleans such as use_nfs_home_dirs.',
    ),
    q(
      'senior',
      'When would you choose or avoid NFS for shared storage in production, and how would you design it to be reliable and secure?',
      'Looks for judgement about NFS trade-offs, consistency, availability and security.',
      'NFS works well for shared home directories, build artefacts and content that many servers read, but I avoid it for databases unless the vendor supports it and for workloads with millions of small files, where metadata operations make it slow. I use hard mounts for anything that writes data, because soft mounts can return errors mid-write and corrupt files, and I keep exports sync, since async can lose acknowledged writes if the server crashes. A single NFS server is a single point of failure, so I would use a managed or clustered service such as Amazon EFS, Azure Files or NetApp, or a Pacemaker pair with replicated storage. Because sec=sys trusts whatever UID the client claims, I restrict exports to known subnets and use Kerberos with sec=krb5p where the data is sensitive.',
    ),
  ],
  'Pair Programming': [
    q(
      'junior',
      'What are the driver and navigator roles in pair programming, and how often should a pair swap?',
      'Checks basic pair programming mechanics.',
      'The driver has the keyboard and writes the code, thinking about the immediate details, while the navigator reviews each line as it is written, keeps the bigger picture in mind and suggests the next steps or spots problems. I swap roles often, every 15 to 30 minutes or at natural points such as after each passing test, so both people stay engaged and both understand the code. I also agree breaks with my partner, because pairing is intense and concentration drops after an hour or two without one.',
    ),
    q(
      'mid',
      'How do you make remote pair programming work well, including when your partner is much more or much less experienced than you?',
      'Tests practical remote pairing technique and adapting to skill gaps.',
      'I use a tool that lets both people type, such as VS Code Live Share, JetBrains Code With Me or Tuple, with good audio and video on, and I hand over quickly by pushing to a shared branch, for example using a tool like mob, with Co-authored-by trailers in the commits. With a less experienced partner I let them drive most of the time and use strong-style pairing, where I explain the intent and they type, so they learn by doing rather than watching me. With a more experienced partner I ask questions about their reasoning instead of staying quiet, and ping-pong pairing with tests, where one writes a failing test and the other makes it pass, keeps us both actively involved.',
    ),
    q(
      'senior',
      "Your manager sees pair programming as two people doing one person's job. How do you decide when pairing is worth it and make the case?",
      'Looks for evidence-based judgement on the costs and benefits of pairing.',
      'I agree that pairing has a cost: studies such as Cockburn and Williams found pairs spent roughly 15 per cent more developer time but produced about 15 per cent fewer defects, along with better designs and shared knowledge. I would recommend pairing where those benefits matter most, such as complex or risky changes, onboarding new joiners, spreading knowledge of a system only one person understands and urgent incidents, and not for routine, well-understood tasks. To make the case I would run it as an experiment for a few sprints and measure lead time from start to production, time spent waiting for code review, escaped defects and how many people can work on each area. I would keep it voluntary and sustainable, because forced all-day pairing leads to fatigue.',
    ),
  ],
  DataOps: [
    q(
      'junior',
      'What does DataOps borrow from DevOps and agile, and what does it add that is specific to data?',
      'Checks understanding of DataOps principles.',
      'DataOps borrows version control, automated testing, CI/CD, small frequent releases and monitoring from DevOps, applying them to pipelines, SQL models and their configuration. What it adds is that data itself changes even when the code does not, so I need tests on the data, such as checks for nulls, duplicates, freshness and row counts, alongside tests on the code. It also puts weight on observability and lineage, so when a number on a dashboard looks wrong the team can trace it back to the source quickly rather than discovering it from an angry user.',
    ),
    q(
      'mid',
      'How would you set up CI/CD for a data pipeline so that a change to a transformation is tested before it touches production data?',
      'Tests practical CI/CD design for data pipelines.',
      "Every change goes through a pull request, and CI builds the changed models in an isolated schema, for example with dbt's state:modified+ selection and --defer, so only the changed models and their downstream dependencies run while unchanged ones are read from production. In a warehouse like Snowflake I can use zero-copy clones so tests run against realistic data without copying it. CI runs the data tests and schema checks and compares the new output with production, using a data diff of row counts and key metrics, so reviewers see the effect on the numbers as well as the code. After merging, the same pipeline deploys to production automatically, and I make risky backfills idempotent so they can be rerun safely.",
    ),
    q(
      'senior',
      'How would you measure and improve the reliability of a data platform that serves many teams?',
      'Looks for service-level thinking, ownership and incident practice for data.',
      'I would agree service levels for the most important data sets, such as daily revenue data being fresh by 7am and complete within an agreed tolerance, and monitor freshness, volume, schema and distribution automatically against them. I would track data incidents like any other incidents, measuring how many there are, time to detect and time to resolve, and run blameless reviews to find recurring causes such as unannounced source changes. Those causes usually point to ownership, so I would introduce data contracts with upstream producers, clear owners for each data set and lineage, so consumers know who to call and producers know what they will break. I would report these numbers regularly so investment goes to the failures that affect the business most.',
    ),
  ],
};
