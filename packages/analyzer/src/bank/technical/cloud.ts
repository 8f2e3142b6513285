import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for cloud platforms and services, keyed by canonical name. */
export const CLOUD_QUESTIONS: Record<string, BankQuestion[]> = {
  AWS: [
    q(
      'junior',
      'What is the difference between regions and availability zones in AWS?',
      'Checks basic understanding of AWS infrastructure and resilience.',
      'A region is a separate geographic area, such as eu-west-1, with its own set of services and data residency. Each region has several availability zones, which are isolated data centres with independent power and networking connected by low-latency links. Spreading instances and databases across zones protects against a single data-centre failure, while multi-region setups protect against a regional outage at much higher cost.',
    ),
    q(
      'mid',
      'How do IAM roles and policies work in AWS, and what is least privilege in practice?',
      'Tests security fundamentals on AWS.',
      'Policies are JSON documents allowing or denying actions on resources, attached to users, groups or roles; an explicit deny always wins. Workloads should use roles, such as an EC2 instance profile or an ECS task role, which provide short-lived credentials instead of long-lived access keys. Least privilege means granting only the specific actions and resource ARNs needed, verified with IAM Access Analyzer and refined from CloudTrail activity.',
    ),
    q(
      'senior',
      'How would you design a highly available, cost-aware web application on AWS?',
      'Looks for architecture judgement across compute, data and cost.',
      'I put an Application Load Balancer in front of stateless services on ECS, EKS or an Auto Scaling group spread across at least two availability zones, with static assets on S3 behind CloudFront. Data goes to a managed Multi-AZ database such as RDS or Aurora, with backups and read replicas as needed, and sessions or caches go to ElastiCache. Costs are kept down with right-sizing, autoscaling, Savings Plans for baseline load, Spot for interruptible work, and budgets with alerts.',
    ),
  ],
  'Google Cloud': [
    q(
      'junior',
      'How are resources organised in Google Cloud?',
      'Checks understanding of the Google Cloud resource hierarchy.',
      'Resources belong to projects, which are the unit of billing, quotas and API enablement, and projects sit in folders under an organisation. IAM policies set at a higher level are inherited downwards, so a role granted on a folder applies to all its projects. Separating environments into different projects is a common way to isolate permissions and costs.',
    ),
    q(
      'mid',
      'When would you choose Cloud Run, GKE or Compute Engine on Google Cloud?',
      'Tests judgement when picking compute options.',
      'Cloud Run runs stateless containers with request-driven autoscaling down to zero and almost no operations work, which suits most HTTP services and jobs. GKE gives full Kubernetes for complex systems that need custom networking, stateful sets or many cooperating services, with Autopilot reducing node management. Compute Engine VMs fit legacy software, special hardware or full OS control.',
    ),
    q(
      'senior',
      'How do service accounts and workload identity work on Google Cloud, and why avoid key files?',
      'Checks secure identity design on Google Cloud.',
      'Workloads authenticate as service accounts, and on Google Cloud they get short-lived tokens from the metadata server or, on GKE, through Workload Identity binding Kubernetes service accounts to Google ones. Downloaded JSON keys are long-lived secrets that leak through repos and laptops and are hard to rotate. For external systems such as CI, workload identity federation exchanges the external OIDC token for short-lived Google credentials.',
    ),
  ],
  Azure: [
    q(
      'junior',
      'What are resource groups and subscriptions in Azure?',
      'Checks basic Azure organisation concepts.',
      'A subscription is a billing and access boundary, and resource groups inside it are logical containers for resources that share a lifecycle, such as everything for one application environment. Role-based access control, policies and tags can be applied at either level and are inherited. Deleting a resource group deletes everything in it, which is convenient for test environments.',
    ),
    q(
      'mid',
      'How do managed identities work in Azure?',
      'Tests secure service-to-service authentication on Azure.',
      'A managed identity gives an Azure resource, such as an App Service or VM, an identity in Microsoft Entra ID without storing any credentials. The code requests tokens from the local endpoint, usually through `DefaultAzureCredential`, and Azure rotates everything. You then grant that identity RBAC roles on Key Vault, Storage or SQL, which removes connection-string secrets.',
    ),
    q(
      'senior',
      'How would you design a secure network topology in Azure?',
      'Checks enterprise networking design on Azure.',
      'A common pattern is hub and spoke: a hub virtual network holds shared services such as Azure Firewall, VPN or ExpressRoute gateways and Bastion, and workload spokes peer to it. Platform services are reached through private endpoints so traffic stays off the public internet, and network security groups restrict traffic between subnets. Azure Policy enforces rules like no public IPs, and central logging feeds Microsoft Sentinel.',
    ),
  ],
  'AWS Lambda': [
    q(
      'mid',
      'What are cold starts in AWS Lambda and how do you reduce them?',
      'Checks practical serverless performance knowledge.',
      'A cold start happens when Lambda creates a new execution environment, downloading code and initialising the runtime and handler module before the first request. Smaller packages, fewer heavy dependencies, lazy initialisation and faster runtimes reduce it, while SnapStart helps Java and provisioned concurrency keeps environments warm for latency-critical paths. Clients and connections should be created outside the handler so warm invocations reuse them.',
    ),
    q(
      'senior',
      'What pitfalls do you watch for when AWS Lambda talks to a relational database?',
      'Tests understanding of scaling mismatches in serverless designs.',
      'Lambda scales out to many concurrent environments, each opening its own connections, which can exhaust the connection limit of a database. RDS Proxy pools connections, and reserved concurrency caps how many functions run at once. Timeouts, retries on asynchronous invocations and idempotent handlers also matter, because retries can repeat writes.',
    ),
  ],
  'Amazon S3': [
    q(
      'junior',
      'What are storage classes in Amazon S3 and how do lifecycle rules help?',
      'Checks cost-aware use of object storage.',
      'S3 offers classes from Standard for hot data, through Infrequent Access, to Glacier tiers for archives, trading retrieval cost and latency for cheaper storage; Intelligent-Tiering moves objects automatically. Lifecycle rules transition objects to cheaper classes after a number of days and expire old versions or temporary files. This keeps costs down for logs and backups.',
    ),
    q(
      'mid',
      'How do you secure an Amazon S3 bucket?',
      'Tests awareness of one of the most common cloud breaches.',
      'Keep Block Public Access enabled, grant access through IAM roles and bucket policies scoped to specific principals and prefixes, and disable ACLs with bucket-owner-enforced ownership. Encrypt at rest with SSE-S3 or SSE-KMS, require TLS in the bucket policy, and enable versioning and access logging. For sharing with users, issue short-lived pre-signed URLs instead of making objects public.',
    ),
  ],
  'Amazon EC2': [
    q(
      'junior',
      'How do you choose an Amazon EC2 instance type and purchasing option?',
      'Checks basic cost and capacity planning.',
      'Instance families are optimised for general purpose, compute, memory or storage, and I pick one from the workload profile and then right-size from CloudWatch metrics. On-Demand is flexible, Savings Plans or Reserved Instances discount steady baseline usage, and Spot instances are much cheaper but can be reclaimed with two minutes of notice. Graviton instances often give better price-performance.',
    ),
    q(
      'mid',
      'What is the difference between security groups and network ACLs for EC2?',
      'Tests AWS networking fundamentals.',
      'Security groups attach to instances or network interfaces, are stateful so return traffic is automatically allowed, and support only allow rules, including references to other security groups. Network ACLs apply to whole subnets, are stateless so both directions need rules, and support allow and deny rules evaluated in order. Most access control is done with security groups, with NACLs as a coarse extra layer.',
    ),
  ],
  CloudFormation: [
    q(
      'mid',
      'How do stacks, change sets and drift detection work in AWS CloudFormation?',
      'Checks safe infrastructure change practices on AWS.',
      'A stack is the set of resources created from one template, and CloudFormation rolls back the whole stack if an update fails. A change set previews exactly what an update will add, modify or replace before you execute it, which catches accidental resource replacement. Drift detection compares deployed resources with the template to find manual changes.',
    ),
    q(
      'senior',
      'How would you structure CloudFormation for many services and environments?',
      'Tests infrastructure-as-code architecture at scale.',
      'I split templates by lifecycle, such as network, data and application stacks, sharing outputs through exports or SSM parameters, and use parameters or mappings for per-environment differences. StackSets deploy baselines across accounts and regions, and the CDK can generate templates with real programming constructs. Deletion policies protect stateful resources like databases from accidental removal.',
    ),
  ],
  Serverless: [
    q(
      'mid',
      'What are the trade-offs of a serverless architecture?',
      'Checks balanced understanding rather than enthusiasm.',
      'Serverless removes server management, scales automatically and charges per use, which suits spiky or low traffic and event-driven glue. The costs are cold starts, execution time limits, vendor lock-in, harder local testing and distributed debugging, and unit costs that can exceed containers at steady high load. Designing small, idempotent functions with good tracing mitigates many of these.',
    ),
    q(
      'senior',
      'How do you handle failures and retries in an event-driven serverless system?',
      'Tests reliability design for asynchronous processing.',
      'Asynchronous invocations and queue consumers retry automatically, so handlers must be idempotent, often using an idempotency key stored in a table with a conditional write. Messages that keep failing go to a dead-letter queue with alerts instead of blocking the stream. Timeouts should be shorter than queue visibility timeouts, and multi-step workflows are easier to manage with an orchestrator such as Step Functions.',
    ),
  ],
  Firebase: [
    q(
      'junior',
      'What does Firebase provide for app developers?',
      'Checks familiarity with the platform.',
      'Firebase bundles authentication, the Firestore and Realtime Database, Cloud Storage, hosting, Cloud Functions, analytics, crash reporting and push notifications behind client SDKs. Clients can read and write data directly, with security rules enforcing access on the server side. It speeds up building mobile and web apps without running your own backend.',
    ),
    q(
      'mid',
      'How do Firestore security rules work and what are common mistakes?',
      'Tests security awareness with client-side database access.',
      'Because clients talk to Firestore directly, security rules are the real authorisation layer: they match document paths and allow reads or writes based on `request.auth` and the data being written. Common mistakes are leaving test-mode rules that allow everything, checking only authentication rather than ownership, and not validating the fields of incoming writes. I test rules with the emulator in CI.',
    ),
  ],
  'Cloud Computing': [
    q(
      'junior',
      'What is the difference between IaaS, PaaS and SaaS?',
      'Checks basic cloud service models.',
      'With IaaS, such as virtual machines, you manage the operating system and everything above it, while the provider runs the hardware. PaaS, such as managed app platforms or databases, also handles the runtime and scaling, so you deploy code or data. SaaS is a complete application you simply use, such as email or a CRM, and the shared responsibility for security shifts with each level.',
    ),
    q(
      'mid',
      'How do you control cloud costs?',
      'Tests financial awareness in cloud work.',
      'Start with visibility: tag resources by team and environment and review cost reports and anomaly alerts. Then right-size over-provisioned instances, autoscale and shut down idle non-production environments, buy commitments for steady baseline usage and use spot capacity for interruptible jobs. Storage lifecycle policies and cutting data-transfer costs are often overlooked savings.',
    ),
  ],
  'Google Workspace': [
    q(
      'junior',
      'What is the difference between My Drive and shared drives in Google Workspace, and when would you put a file in each?',
      'Checks understanding of file ownership and sharing in Google Workspace.',
      'In My Drive I own the files, so if I leave the company they belong to my account until an admin transfers them. In a shared drive the organisation owns the files, and access comes from membership roles such as Manager, Content manager, Contributor, Commenter and Viewer. I keep personal drafts in My Drive and put team or project documents in a shared drive so they survive staff changes and everyone sees the same structure.',
    ),
    q(
      'mid',
      'How would you set up a new department in the Google Workspace Admin console so its users get the right apps, settings and groups?',
      'Tests practical Google Workspace administration.',
      "I create an organisational unit for the department, then add the users individually or by bulk CSV upload and assign the right licences. Settings inherit from the parent unit, so I only override what differs, such as turning a service on or off or changing Drive sharing options for that OU. I create Google Groups for the team's mailing list and shared access, and I check the result by signing in as a test user before announcing it.",
    ),
    q(
      'senior',
      'How would you tighten security and data-loss controls across a Google Workspace tenant of several thousand users without disrupting their work?',
      'Looks for judgement on security governance and phased change at scale.',
      'I start by enforcing 2-Step Verification for everyone, with security keys for admins, and I review which third-party apps have OAuth access to Drive and Gmail. I restrict external sharing to allowlisted partner domains, add DLP rules for sensitive content such as card or national ID numbers, and use context-aware access where the edition supports it. Each change goes to a pilot organisational unit first, with audit logs and the security investigation tool to measure impact, and I set Google Vault retention rules and legal holds with the legal team.',
    ),
  ],
  OpenStack: [
    q(
      'junior',
      'What do the core OpenStack services Nova, Neutron, Cinder, Glance and Keystone each do?',
      'Checks knowledge of the main OpenStack components.',
      'Nova manages the lifecycle of compute instances and schedules them onto hypervisors, usually KVM. Neutron provides networking such as tenant networks, routers, floating IPs and security groups, Cinder provides persistent block storage volumes, and Glance stores the images that instances boot from. Keystone handles identity, authentication and the service catalogue, so I authenticate once and use the token to call the other services.',
    ),
    q(
      'mid',
      'A newly launched OpenStack instance has no network connectivity. How do you troubleshoot it?',
      'Tests systematic troubleshooting of OpenStack networking.',
      'I check openstack server show and openstack console log show to see whether the instance got an address through DHCP and whether cloud-init reached the metadata service. Then I confirm the security group allows the traffic, such as ICMP and port 22, that a floating IP is associated and that the router has a gateway on the external network. On the Neutron side I run openstack network agent list to find dead agents, check the port status, and read the DHCP, L3 and Open vSwitch or OVN logs on the relevant nodes.',
    ),
    q(
      'senior',
      'How would you plan an upgrade of a production OpenStack cloud with minimal disruption to tenants?',
      'Looks for experience planning control-plane and compute upgrades at scale.',
      "I upgrade one release at a time, or between SLURP releases such as 2023.1 to 2024.1, after reading each service's release notes and rehearsing the whole procedure in a staging cloud built with the same tooling, such as Kolla-Ansible or OpenStack-Ansible. I back up the databases, upgrade the control plane first with its database migrations, relying on RPC version pinning so older nova-compute services keep working, and then upgrade compute nodes in batches, live-migrating instances away first. Tenants get advance notice of any API downtime windows, and I verify with Tempest or Rally smoke tests and keep a tested rollback plan for the control plane.",
    ),
  ],
  'Azure Active Directory': [
    q(
      'junior',
      'In Azure Active Directory, what is the difference between an app registration and an enterprise application?',
      'Checks understanding of application objects and service principals.',
      'An app registration is the global definition of an application in its home tenant, holding its client ID, redirect URIs, credentials and the API permissions it requests. An enterprise application is the service principal, the local instance of that app in a particular tenant, where I assign users and groups, grant admin consent and apply Conditional Access. A multi-tenant app has one registration but a service principal in every tenant that uses it.',
    ),
    q(
      'mid',
      'How would you use Conditional Access in Azure Active Directory to enforce MFA without locking people out?',
      'Tests safe, practical policy rollout in Entra ID.',
      'I create policies requiring multi-factor authentication for all users and cloud apps, with phishing-resistant methods for admin roles, and block legacy authentication because it cannot do MFA. I always exclude two monitored break-glass emergency accounts, and I start new policies in report-only mode, checking sign-in logs and the What If tool before turning them on. Conditions such as Intune-compliant devices, named locations and sign-in risk from Identity Protection let me reduce prompts for low-risk access.',
    ),
    q(
      'senior',
      'How would you design identity for a company moving from on-premises Active Directory to Azure Active Directory?',
      'Looks for hybrid identity design, migration planning and governance.',
      'Azure Active Directory is now called Microsoft Entra ID, and I would set up hybrid identity with Entra Connect or Cloud Sync, defaulting to password hash sync with seamless SSO because it is simplest and keeps sign-in working if on-premises is down, using pass-through authentication or federation only for a specific requirement. I would clean up and scope the objects being synchronised, align UPN suffixes with verified domains, and move applications off AD FS and Kerberos to SAML or OpenID Connect single sign-on. Governance comes alongside, with Privileged Identity Management for just-in-time admin roles, group-based licensing, access reviews, and Conditional Access as the central policy engine.',
    ),
  ],
  CDN: [
    q(
      'junior',
      'How does a CDN make a website faster, and how do you control what it caches?',
      'Checks caching basics and HTTP cache headers.',
      'A CDN caches content on edge servers close to users, so requests are answered from a nearby location instead of travelling to the origin, which cuts latency and origin load. What gets cached and for how long is mostly controlled by headers from the origin: Cache-Control max-age sets how long any cache may keep a response, s-maxage overrides that for shared caches like the CDN, and private or no-store keeps personal data out of it. I check whether a response was served from cache by looking at headers such as X-Cache or CF-Cache-Status and the Age header.',
    ),
    q(
      'mid',
      'After a frontend release, some users still get old JavaScript files from the CDN. How do you design deployments so this does not happen?',
      'Tests practical cache invalidation strategy.',
      'I give static assets content-hashed file names generated by the bundler, such as app.3f9a2c.js, and serve them with Cache-Control: public, max-age=31536000, immutable, so each release produces new URLs and nothing stale can be served. The HTML that references them gets a short TTL or no-cache so the CDN revalidates it, and I upload new assets before switching the HTML so no page points to a missing file. Purging the CDN becomes an emergency tool rather than a step in every deployment, since purges take time to propagate and can send a burst of traffic to the origin.',
    ),
    q(
      'senior',
      'Your CDN cache hit ratio is only 60% and origin costs keep rising. How do you improve it?',
      'Looks for systematic cache optimisation at scale.',
      'I break the hit ratio down by path and content type in the CDN logs to see which requests miss and why. Common causes are cache keys polluted by tracking query parameters, cookies or Vary headers, so I normalise the cache key to ignore parameters that do not change the response and strip cookies on static paths. I enable tiered caching or an origin shield so edge misses go to a regional cache rather than the origin, and I use stale-while-revalidate and stale-if-error so popular content is refreshed in the background. For personalised pages I cache the shared shell and fetch the personal parts separately or assemble them with edge compute, which turns many uncacheable pages into cacheable ones.',
    ),
  ],
  'Microsoft 365': [
    q(
      'junior',
      'In Microsoft 365, what is the difference between a Microsoft 365 group, a distribution list and a security group?',
      'Checks basic Microsoft 365 group types and when to use each.',
      'A Microsoft 365 group gives its members a shared set of resources: a shared mailbox and calendar, a SharePoint site for files, a Planner plan, and optionally a Microsoft Teams team. A distribution list only delivers email to all its members and has no shared files or permissions. A security group is used to grant access to resources such as SharePoint sites, apps or licences, and a mail-enabled security group can do both. I choose a Microsoft 365 group when a team needs to collaborate, and security groups when I am managing access.',
    ),
    q(
      'mid',
      'A Microsoft 365 user says they are not receiving emails from an external customer. How do you troubleshoot it?',
      'Tests practical Exchange Online troubleshooting.',
      "I start with a message trace in the Exchange admin center, searching by sender and recipient over the relevant dates, which tells me whether the message reached the tenant and what happened to it. If it was caught as spam or phishing, I check quarantine in the Microsoft Defender portal and review any tenant block lists or anti-spam policies. If it was delivered, I look for mailbox inbox rules, forwarding, a junk email folder or a full mailbox, and I check mail flow rules that might redirect or delete it. If the trace shows nothing at all, the problem is on the sender's side or with our MX and DNS records, so I ask the customer for the bounce message.",
    ),
    q(
      'senior',
      "How would you plan the migration of 2,000 users' mailboxes and file shares into Microsoft 365 with minimal disruption?",
      'Looks for a phased, well-governed Microsoft 365 migration plan.',
      'I start with identity, synchronising on-premises Active Directory to Microsoft Entra ID with Entra Connect and password hash sync, so people keep one account and password, and I fix UPNs and stale accounts before anything moves. For email from on-premises Exchange I would use a hybrid deployment so mailboxes move in batches while calendars and free/busy keep working between both sides, with a pilot group first and the MX and Autodiscover records switched once most mailboxes are in the cloud. File shares I would clean up with their owners, map to SharePoint sites or Teams rather than copying the old folder structure, and move with Migration Manager or the SharePoint Migration Tool after an incremental pre-copy. Throughout I would plan licensing, sharing and retention policies before users arrive, and give each batch communications, training and extra support on the days after its move.',
    ),
  ],
  ServiceNow: [
    q(
      'junior',
      'In ServiceNow, what is the difference between an incident, a problem and a change request?',
      'Checks ITSM basics as applied in ServiceNow.',
      'An incident is an unplanned interruption or degradation of a service, and the goal is to restore service quickly, for example a user who cannot log in to email. A problem is the underlying cause of one or more incidents, investigated so it can be fixed permanently, and it can record a known error with a workaround. A change request is a controlled, planned modification, such as a server patch, that is assessed for risk and approved before it happens. In ServiceNow they are separate tables that all extend the task table, so I can link an incident to the problem that caused it and to the change that fixes it.',
    ),
    q(
      'mid',
      'How do you customise forms and processes in ServiceNow safely, and how do you move those changes from development to production?',
      'Tests practical ServiceNow configuration and release management.',
      'I prefer configuration over customisation: UI policies for making fields mandatory or read-only, Flow Designer for process automation and business rules only when I need server-side logic, avoiding edits to out-of-the-box scripts because they become skipped records on upgrade. I build in a development instance inside a scoped application or a named update set, so every change is captured. To promote I retrieve the update set in the test instance, preview it to resolve any collisions, commit it and run Automated Test Framework tests, then repeat for production during a change window. I also clone production down to the lower instances regularly so they do not drift.',
    ),
    q(
      'senior',
      'How would you keep a ServiceNow instance upgradeable and well governed as more departments ask for customisations?',
      'Looks for platform governance, technical debt control and upgrade strategy.',
      'I would set up a platform governance group with a single demand process, where each request is checked against out-of-the-box capability and the business agrees to adapt its process before we write custom code. I would publish development standards, require scoped applications for new work and review changes before they reach production. To control technical debt I would run Instance Scan regularly, track the number of customised out-of-the-box records and the skipped records at each upgrade, and remove unused customisations. Because ServiceNow ships two family releases a year, I would plan upgrades on a fixed calendar, with an Automated Test Framework regression suite that makes each upgrade a routine piece of work rather than a months-long project.',
    ),
  ],
  'Cloud Architecture': [
    q(
      'junior',
      'What are the pillars of a framework such as the AWS Well-Architected Framework, and how would you use them to review a simple cloud architecture?',
      'Checks awareness of the main quality attributes in cloud architecture.',
      'The AWS Well-Architected Framework has six pillars: operational excellence, security, reliability, performance efficiency, cost optimisation and sustainability, and Azure and Google Cloud have similar frameworks. To review a simple web app, I would ask one or two questions per pillar: is it deployed through code and monitored, does it use least-privilege access and encryption, does it survive losing one server or zone, is it sized for the load, and is anything running that we do not need. That quickly highlights the biggest risks, such as a single database instance with no backups, so I can fix the most important ones first.',
    ),
    q(
      'mid',
      'When designing a cloud architecture, how do you decide between a managed service and running the software yourself on virtual machines?',
      'Tests trade-off reasoning between managed services and self-hosting.',
      'My default is the managed service, for example Amazon RDS or Cloud SQL instead of PostgreSQL on my own VMs, because patching, backups, failover and scaling are handled for me and the team can spend its time on the product. I choose to run it myself when I need a version, extension or configuration the managed service does not support, when the managed price at our scale is much higher than the cost of the engineers to run it, or when portability between providers is a firm requirement. I also compare the limits of the managed service, such as maximum connections or storage, against our growth plans, and I write down the decision and its reasons in an architecture decision record.',
    ),
    q(
      'senior',
      'How would you design the cloud foundations, or landing zone, for an organisation moving dozens of teams to AWS?',
      'Looks for multi-account governance, security and networking design at scale.',
      'I would use AWS Organizations with separate accounts per workload and environment, so the blast radius and the bill of each team are isolated, grouped into organisational units with service control policies as guardrails, for example denying the use of unapproved regions or disabling CloudTrail. Shared services get their own accounts: a log archive account receiving CloudTrail and Config from all accounts, a security tooling account, and a network hub using Transit Gateway with centralised egress and inspection. People sign in through IAM Identity Center linked to the corporate identity provider, never with long-lived IAM users, and new accounts are created by an automated vending process, using Control Tower or our own infrastructure as code, with a baseline of logging, budgets and tagging. I would keep the guardrails minimal and self-service, because teams that are blocked by the platform find ways around it.',
    ),
  ],
};
