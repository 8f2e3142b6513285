import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for security, keyed by canonical name. */
export const SECURITY_QUESTIONS: Record<string, BankQuestion[]> = {
  Cybersecurity: [
    q(
      'junior',
      'What is the CIA triad in cybersecurity?',
      'Checks foundational security concepts.',
      'Confidentiality means only authorised people can read data, integrity means data cannot be altered undetected, and availability means systems and data are accessible when needed. Controls map to these goals: encryption and access control for confidentiality, hashes, signatures and audit logs for integrity, and redundancy and DDoS protection for availability. Risk assessments weigh threats against each of the three.',
    ),
    q(
      'mid',
      'What is defence in depth? Give an example.',
      'Tests layered security thinking.',
      'Defence in depth means layering independent controls so that one failure does not lead to a breach. For a web application that could be a WAF at the edge, input validation and parameterised queries in the code, least-privilege database accounts, encryption at rest, network segmentation and monitoring with alerts. An attacker who bypasses one layer still meets the next, and the monitoring shortens the time to detection.',
    ),
    q(
      'senior',
      'How would you build a security programme for a growing company with limited resources?',
      'Looks for risk-based prioritisation and leadership.',
      'I start with the assets and threats that matter most and fix the highest-impact basics: single sign-on with phishing-resistant MFA, patching, backups that are tested, endpoint protection and centralised logging. Next come secure development practices such as dependency and secret scanning in CI, threat modelling for new features, and least-privilege cloud access. Progress is tracked against a framework such as CIS Controls or ISO 27001, and an incident response plan is rehearsed.',
    ),
  ],
  'Application Security': [
    q(
      'mid',
      'How do you integrate security into the software development lifecycle?',
      'Checks shift-left security practice.',
      'Security starts at design with threat modelling of new features, then secure coding standards and reviews. CI runs static analysis, dependency scanning for known vulnerabilities and secret scanning, and dynamic tests run against staging. Findings are triaged by real risk and fixed with SLAs, and developers get training on the issues that actually recur.',
    ),
    q(
      'senior',
      'How do you perform threat modelling for a new feature?',
      'Tests structured security design skills.',
      'I draw a data-flow diagram of the feature with trust boundaries, then walk through each element with a framework such as STRIDE: spoofing, tampering, repudiation, information disclosure, denial of service and elevation of privilege. For each credible threat we agree a mitigation, accept the risk explicitly or create a ticket. Keeping it lightweight and done with the developers makes it repeatable.',
    ),
  ],
  OWASP: [
    q(
      'junior',
      'Name some risks from the OWASP Top 10 and how to prevent them.',
      'Checks awareness of the most common web vulnerabilities.',
      'Broken access control, where users can reach data or actions they should not, is prevented by server-side checks on every request. Injection, such as SQL injection, is prevented with parameterised queries, and cross-site scripting by context-aware output encoding and a content security policy. Other categories include cryptographic failures, security misconfiguration, vulnerable dependencies and server-side request forgery.',
    ),
    q(
      'mid',
      'What is an IDOR vulnerability and how do you prevent it?',
      'Tests understanding of the most prevalent access-control flaw.',
      "An insecure direct object reference happens when an endpoint such as `/invoices/123` returns a resource based only on the ID in the request, so a user can change it to another ID and read someone else's data. Random IDs only make guessing harder; the real fix is an authorisation check that the current user may access that specific object, ideally enforced centrally in the data access layer. Automated tests with two users catch regressions.",
    ),
  ],
  OAuth: [
    q(
      'mid',
      'What is the difference between OAuth 2.0 and OpenID Connect?',
      'Checks understanding of delegated authorisation versus authentication.',
      'OAuth 2.0 is a delegated authorisation framework: a client obtains an access token to call an API on behalf of a user, with scopes limiting what it can do. OpenID Connect is a layer on top that adds authentication, returning an ID token that tells the client who the user is. Using a plain OAuth access token as proof of login is a known anti-pattern.',
    ),
    q(
      'senior',
      'Which OAuth flow should a single-page or mobile app use, and why PKCE?',
      'Tests up-to-date OAuth security knowledge.',
      'Public clients such as single-page and mobile apps cannot keep a client secret, so they use the authorisation code flow with PKCE, while the implicit flow is deprecated. PKCE has the client send a hash of a random verifier with the authorisation request and the verifier itself when exchanging the code, so an intercepted code is useless. Many teams also keep tokens out of the browser entirely with a backend-for-frontend that holds them server-side.',
    ),
  ],
  'Identity and Access Management': [
    q(
      'mid',
      'What is the difference between RBAC and ABAC in identity and access management?',
      'Checks authorisation model knowledge.',
      'Role-based access control grants permissions to roles and assigns users to roles, which is simple to audit but can explode into many roles for fine-grained needs. Attribute-based access control evaluates policies over attributes of the user, the resource and the context, such as department, data classification or time. Many systems combine them: roles for coarse access and attribute rules for fine-grained checks.',
    ),
    q(
      'senior',
      'How do you manage joiner, mover and leaver processes securely?',
      'Tests operational identity governance.',
      'Identities should be provisioned from the HR system of record through an identity provider with SCIM, so access is granted by role on joining, adjusted on moving and removed immediately on leaving. Periodic access reviews catch accumulated privileges, and privileged access uses just-in-time elevation with approval and logging. Service accounts need owners and rotation too, since they are often forgotten.',
    ),
  ],
  'Network Security': [
    q(
      'mid',
      'What is network segmentation and why does it matter?',
      'Checks foundational network security design.',
      'Segmentation divides a network into zones, such as public-facing, application, data and management, with firewalls or security groups allowing only required traffic between them. If an attacker compromises one host, segmentation limits lateral movement to everything else. Zero-trust approaches go further, authenticating and authorising every connection regardless of network location.',
    ),
    q(
      'senior',
      'How would you detect and respond to suspicious lateral movement inside a network?',
      'Tests detection and response thinking.',
      'I would collect flow logs, authentication logs and endpoint telemetry centrally and look for anomalies such as a workstation connecting to many hosts over SMB or RDP, unusual admin logins or new service creation. Baselines of normal traffic make deviations stand out, and honeypot credentials or hosts provide high-confidence alerts. On detection, the playbook isolates affected hosts, resets credentials and preserves evidence.',
    ),
  ],
  'Penetration Testing': [
    q(
      'mid',
      'Describe the phases of a penetration test.',
      'Checks a structured, ethical approach.',
      'It starts with scoping and written authorisation defining targets and rules of engagement. Then come reconnaissance, scanning and enumeration, exploitation of vulnerabilities to prove impact, and post-exploitation such as privilege escalation within scope. It ends with a report that explains findings, evidence, risk ratings and concrete remediation, followed by a retest.',
    ),
    q(
      'senior',
      'How do you test a web application for authorisation flaws?',
      'Tests practical offensive skills on the most common vulnerability class.',
      "I map every endpoint and role, then replay requests from a low-privilege account with a higher-privilege user's object IDs and actions, using a proxy such as Burp Suite with tools that automate session swapping. I check horizontal access between users, vertical access to admin functions, hidden parameters like `role` in update requests, and multi-step flows that skip checks on later steps. Findings are reported with a minimal reproducible request.",
    ),
  ],
  Cryptography: [
    q(
      'mid',
      'What is the difference between symmetric and asymmetric encryption, and how does TLS use both?',
      'Checks core cryptography concepts.',
      'Symmetric encryption such as AES uses one shared key and is fast, while asymmetric cryptography such as RSA or elliptic curves uses a public and private key pair and enables key exchange and signatures. TLS uses asymmetric cryptography and certificates to authenticate the server and agree on a shared secret through ephemeral Diffie-Hellman. Bulk data then flows under fast symmetric authenticated encryption such as AES-GCM.',
    ),
    q(
      'senior',
      'How should passwords be stored, and why is SHA-256 the wrong tool?',
      'Tests practical, correct use of cryptographic primitives.',
      'Passwords must be stored with a slow, salted password-hashing function such as Argon2id, bcrypt or scrypt, tuned so each hash takes significant time and memory. SHA-256 is designed to be fast, so attackers with GPUs can try billions of guesses per second against leaked hashes. A unique salt per password defeats precomputed tables, and a separately stored pepper adds defence if only the database leaks.',
    ),
  ],
  SIEM: [
    q(
      'mid',
      'What does a SIEM do, and what log sources matter most?',
      'Checks security monitoring fundamentals.',
      'A SIEM collects, normalises and correlates logs from across the environment and raises alerts based on detection rules, supporting investigations and compliance reporting. The most valuable sources are identity and authentication logs, endpoint detection telemetry, cloud control-plane audit logs, firewall and proxy logs, and critical application logs. Ingesting everything without use cases drives cost without improving detection.',
    ),
    q(
      'senior',
      'How do you reduce alert fatigue in a SIEM?',
      'Tests detection engineering maturity.',
      'I treat detections as code: each rule has a documented threat it covers, such as a MITRE ATT&CK technique, an owner, test data and a measured false-positive rate. Noisy rules are tuned with allow-lists and context enrichment, or downgraded to hunting queries, and related alerts are grouped into incidents. Automation handles enrichment and routine triage so analysts spend time on real threats.',
    ),
  ],
  'Incident Response': [
    q(
      'mid',
      'What are the phases of incident response?',
      'Checks knowledge of a structured response process.',
      'A common model is preparation, detection and analysis, containment, eradication, recovery, and lessons learned. Containment limits damage, for example by isolating hosts or disabling compromised accounts, while preserving evidence. Clear roles, communication plans and pre-approved playbooks prepared in advance make the response faster and calmer.',
    ),
    q(
      'senior',
      'An employee reports they entered credentials into a phishing page. What do you do?',
      'Tests calm, prioritised response in a realistic scenario.',
      'I immediately reset the password, revoke active sessions and tokens, and check that MFA was not bypassed or a new MFA device added. Then I review sign-in and mailbox logs for suspicious access, forwarding rules or OAuth app grants, and look for other recipients of the same email to block the sender and URL. Afterwards I thank the employee for reporting quickly, since fast reporting is what limits damage.',
    ),
  ],
  'Vulnerability Management': [
    q(
      'mid',
      'How do you prioritise vulnerabilities when there are thousands of findings?',
      'Checks risk-based prioritisation.',
      'CVSS severity alone is not enough, so I combine it with exploitability signals such as the CISA Known Exploited Vulnerabilities list and EPSS scores, and with asset context like internet exposure and data sensitivity. An exploited critical on an internet-facing server gets fixed in days, while a medium on an isolated test box can wait. Fix SLAs by risk tier and tracking of overdue items keep the programme honest.',
    ),
    q(
      'senior',
      'How do you handle vulnerable third-party dependencies in application code?',
      'Tests software supply-chain security practice.',
      'Software composition analysis in CI flags known vulnerable packages, and automated update tools open pull requests for patched versions. I check whether the vulnerable function is actually reachable to prioritise, and keep a software bill of materials so we can answer quickly when a new critical CVE drops. Lock files, pinned versions and vetting of new dependencies reduce risk from malicious packages.',
    ),
  ],
  Compliance: [
    q(
      'junior',
      'How do you make sure your daily work follows the rules and policies that apply to it?',
      'Checks awareness of compliance in day-to-day work.',
      'I learn the policies that apply to my role and ask when something is unclear rather than guessing. I follow the agreed procedures, keep records of what I did and why, and handle personal or confidential data only as allowed. If I see something that may break a rule, I raise it early through the proper channel.',
    ),
    q(
      'mid',
      'How would you prepare for a compliance audit?',
      'Tests practical audit readiness.',
      'I start from the standard or regulation and list the controls that apply, then gather the evidence for each: policies, logs, records of reviews and training. Gaps found on the way get an owner and a date, and are fixed or documented as known risks before the audit. During the audit I answer what is asked with evidence, and afterwards I follow the findings until they are closed.',
    ),
    q(
      'senior',
      'How do you build a compliance programme that does not slow the business down?',
      'Checks the ability to balance control and delivery.',
      'I start from the risks that matter most and put controls there rather than everywhere. Where I can, controls are built into tools and workflows, such as automated access reviews or checks in the release process, so they run without manual effort and leave evidence behind. I explain the reasons to the teams and review the controls regularly, removing those that cost more than the risk they reduce.',
    ),
  ],
  'Data Privacy': [
    q(
      'junior',
      'What counts as personal data, and how do you handle it in your work?',
      'Checks basic data protection awareness.',
      'Personal data is any information that relates to an identifiable person, such as a name, an email address, an ID number or a location. I only collect what the task needs, keep it where access is controlled and never copy it to personal devices or unapproved tools. When I no longer need it, I delete it as the retention rules say.',
    ),
    q(
      'mid',
      'How would you make a new feature that processes personal data compliant with GDPR?',
      'Tests privacy by design in practice.',
      'I identify the lawful basis for the processing and collect only the data the feature needs. Users are told what happens to their data, access is restricted and logged, and the data is deleted when its purpose ends. If the processing is risky I run a data protection impact assessment with the privacy team before launch, and I make sure users can see, correct and delete their data.',
    ),
    q(
      'senior',
      'How would you set up a privacy programme in an organisation that has none?',
      'Checks the ability to build privacy governance.',
      'I start by mapping what personal data the organisation holds, where it flows and why, which shows the biggest risks. From there I set policies, a record of processing, retention rules and a way to handle data subject requests and breaches. I train staff, build privacy checks into product and vendor reviews, and audit regularly to show that it works.',
    ),
  ],
  'Disaster Recovery': [
    q(
      'junior',
      'What do RPO and RTO mean?',
      'Checks the basic vocabulary of disaster recovery.',
      'The recovery point objective is how much data we can afford to lose, measured back in time from the failure, and it decides how often we back up or replicate. The recovery time objective is how long the service may be down before it must run again, and it decides how ready the standby has to be. I agree both with the business for each system, because tighter targets cost more.',
    ),
    q(
      'mid',
      'How do you know a disaster recovery plan will work?',
      'Tests the habit of testing recovery.',
      'I test it: restores of backups on a schedule, and a full failover exercise at least once a year, with a stopwatch against the agreed recovery time. Each test follows the written runbook, so gaps in the runbook show up too, and whoever is on call should be able to run it, not only its author. Findings become tracked actions, and the next test checks that they were fixed.',
    ),
    q(
      'senior',
      'How would you design disaster recovery for a critical service on a limited budget?',
      'Checks cost-aware recovery design.',
      'I start from the agreed recovery targets and the failures that matter most, such as losing a region, corrupted data or ransomware, because each needs a different answer. Immutable backups in another region cover the worst cases cheaply, and only the most critical parts get a warm standby. I automate the rebuild from code, so recovery does not depend on what someone remembers, and test it regularly to prove the targets hold.',
    ),
  ],
  Authentication: [
    q(
      'junior',
      'What is the difference between authentication and authorisation?',
      'Checks the basic distinction.',
      "Authentication checks who someone is, for example with a password and a second factor, while authorisation decides what that person may do once we know who they are. I keep them separate in code: one step establishes the identity, and every protected action then checks the permission for that identity. Mixing them up is how an application lets a logged-in user see another user's data.",
    ),
    q(
      'mid',
      'How would you store and check user passwords?',
      'Tests secure credential handling.',
      'I never store the password itself: I store a hash made with a slow, salted algorithm built for passwords, such as Argon2 or bcrypt, with parameters tuned so one check takes a noticeable fraction of a second. Checks compare in constant time, failed attempts are rate-limited, and the error never says whether the user or the password was wrong. I also offer a second factor and check new passwords against lists of leaked ones.',
    ),
    q(
      'senior',
      'How would you design login for several applications that share the same users?',
      'Checks single sign-on and token design.',
      'I would put authentication in one identity provider and let the applications trust it through a standard protocol such as OpenID Connect, so passwords and second factors live in one place. Applications receive short-lived signed tokens, check their issuer, audience and expiry, and use refresh tokens or sessions with revocation for longer use. Logout, account recovery and a compromised token each have a defined path, and I test those as carefully as the login itself.',
    ),
  ],
  Blockchain: [
    q(
      'junior',
      'What problem does a blockchain solve, and when is it the wrong tool?',
      'Checks a grounded understanding of blockchains.',
      'A blockchain lets parties who do not trust each other keep one shared record that nobody can change on their own, because each block is linked to the previous one and agreed by consensus. It is the wrong tool when one trusted party could simply run a database, because a blockchain is slower, costlier and harder to change. I ask first who would need to trust whom without it.',
    ),
    q(
      'mid',
      'What risks do you check in a smart contract before it is deployed?',
      'Tests awareness of smart-contract security.',
      'I look for the known classes of bugs: re-entrancy, unchecked external calls, integer and rounding errors, access control on administrative functions, and logic that depends on values a miner or another contract can influence. I test with unit and property-based tests on a local chain, run static analysis tools, and have the code reviewed or audited before it holds real value. Because a deployed contract is hard to change, I plan upgrades and an emergency pause from the start.',
    ),
    q(
      'senior',
      'How would you decide between a public chain, a private chain and an ordinary database for a project?',
      'Checks architectural judgement about blockchain adoption.',
      'I start from the trust model: who writes the data, who must be able to verify it, and whether any party can be trusted to run the system. If one party can be trusted, an ordinary database with an audit log is simpler and cheaper; if a known group shares the record, a permissioned chain may fit; and if anyone must be able to verify it without permission, a public chain does. I then weigh cost per transaction, privacy, regulation and who will maintain it.',
    ),
  ],
  'Access Control': [
    q(
      'junior',
      'What does least privilege mean, and how do you apply it?',
      'Checks the basic principle of access control.',
      'Least privilege means each person or system gets only the access it needs for its task, and only for as long as it needs it. I apply it by giving access through roles rather than to individuals, starting from no access and adding what a task requires. I remove access when someone changes role or leaves, and I ask for a reason when someone requests more.',
    ),
    q(
      'mid',
      'How would you review who has access to an important system?',
      'Tests practical access reviews.',
      "I export the current access from the system and compare it with the people and roles that should have it, with each manager confirming their team's access. Accounts of leavers, shared accounts and access unused for months are removed or justified, and administrator rights get a closer look. I record what was reviewed and changed, and repeat the review on a schedule, more often for the most sensitive systems.",
    ),
    q(
      'senior',
      'How would you design access control for a growing set of applications?',
      'Checks scalable access-control architecture.',
      "I would connect the applications to one identity provider, so joining, moving and leaving are handled once and single sign-on and multi-factor authentication apply everywhere. Permissions are defined as roles or attributes owned by each application's team, granted through requests with approval, and checked in code at every protected action. Logs of access and changes go to a central place, and regular reviews catch permissions that have drifted.",
    ),
  ],
  'Security Audits': [
    q(
      'junior',
      'When you audit the security of a Linux server, what do you check first?',
      'Checks knowledge of basic host hardening checks.',
      'I start with what an attacker would use: which accounts exist, who has sudo rights, whether SSH allows root login or password authentication, and whether old or shared accounts are still active. Then I check patch levels, listening services with ss -tlnp, firewall rules, permissions on sensitive files, and whether auditd and system logs are shipped to a central system. I compare the findings against a baseline such as the CIS Benchmark, often with a tool like Lynis or OpenSCAP, and record each gap with evidence and a risk rating.',
    ),
    q(
      'mid',
      'How do you carry out security audits of a cloud account, for example in AWS, to find misconfigurations?',
      'Tests practical cloud security audit methods and tools.',
      'I use read-only credentials and run automated checks first, such as AWS Security Hub with the CIS AWS Foundations standard, Prowler or ScoutSuite, which flag public S3 buckets, open security groups, unused access keys, missing MFA and disabled CloudTrail. I then review what tools miss: IAM policies with wildcards, cross-account trust relationships, secrets stored in environment variables, and whether logs are retained and protected from tampering. Every finding gets a severity based on exposure and data sensitivity, an owner and a recommended fix, and I retest after remediation.',
    ),
    q(
      'senior',
      'How would you set up a programme of recurring security audits so that findings actually get fixed rather than sitting in reports?',
      'Looks for judgement on audit scope, follow-through and reporting.',
      'I base the scope on risk, auditing critical systems and internet-facing services more often, and I align the controls with a framework such as ISO 27001 or the NIST Cybersecurity Framework so results are comparable year to year. Each finding gets a severity, a named owner and a deadline tied to severity, for example 14 days for critical issues, and goes into the ticketing system engineers already use rather than a PDF. Risks that cannot be fixed go through a formal exception with a compensating control and an expiry date, and I retest before closing anything. I report trends to leadership, such as overdue and repeat findings, because repeats show where a systemic fix like a secure default or an automated guardrail is needed.',
    ),
  ],
  'Security Operations': [
    q(
      'junior',
      'An EDR tool alerts that PowerShell ran an encoded command on a workstation. How would you triage it as a security operations analyst?',
      'Checks methodical alert triage.',
      'I look at the process tree first: Word or Outlook spawning PowerShell is highly suspicious, while a known management agent may be legitimate. I decode the Base64 command to see what it does, check whether it connected to a network address or dropped files, and search the EDR and SIEM for the same hash, command line or domain on other hosts. If it is malicious I isolate the host through the EDR, escalate according to the playbook and preserve evidence, and either way I document my verdict and reasoning in the ticket.',
    ),
    q(
      'mid',
      'How do you measure and improve detection coverage in security operations?',
      'Tests detection engineering practice.',
      "I map existing detection rules to MITRE ATT&CK techniques to see which attacker behaviours we would notice and which we would miss, prioritising techniques seen against our industry. Detections are written as code, often in Sigma so they can be converted to the SIEM's query language, stored in Git, peer reviewed and tested against sample logs. To prove they fire, I run Atomic Red Team tests or purple-team exercises, and I track each rule's true-positive rate so noisy rules are tuned or retired.",
    ),
    q(
      'senior',
      'How would you decide between building an in-house 24/7 security operations centre and using a managed detection and response provider?',
      'Looks for judgement on cost, staffing and operating models.',
      'Covering one seat around the clock takes roughly five to six analysts once shifts, leave and training are included, plus engineers for detections and tooling, so for many mid-sized companies the cost and hiring risk of a full SOC are hard to justify. An MDR provider gives 24/7 monitoring quickly but knows less about our business, so I would check what it may do on its own, such as isolating hosts, its response-time commitments and whether we keep ownership of our logs and detections. Often I choose a hybrid, with the MDR covering nights and first-level triage while a small internal team handles escalations, threat hunting and detections specific to our environment. I would measure either option by mean time to detect and respond and by the results of regular simulated attacks.',
    ),
  ],
  TLS: [
    q(
      'junior',
      "When a client connects over TLS, what does it check before trusting the server's certificate?",
      'Checks understanding of certificate validation.',
      "It checks that the certificate chains through any intermediates to a root CA in its trust store and that every signature in the chain is valid. It then checks that the hostname matches a Subject Alternative Name, that the current date is within the validity period, and that the certificate has not been revoked, through OCSP or CRLs where supported. During the TLS handshake the server also proves it holds the matching private key, so a copied certificate alone is useless to an attacker. I can inspect all of this in the browser's certificate viewer or with openssl s_client.",
    ),
    q(
      'mid',
      "After a certificate renewal, some clients fail with TLS handshake or 'certificate verify failed' errors while browsers work fine. How do you troubleshoot it?",
      'Tests practical TLS debugging skills.',
      'My first suspect is a missing intermediate certificate, because browsers often cache or fetch intermediates while curl, Java and older Android clients do not. I run openssl s_client -connect host:443 -servername host -showcerts to see the chain actually served, and compare it with what a checker such as SSL Labs reports. If the chain is fine I check SNI support, the TLS versions and cipher suites each side allows, outdated client trust stores, certificates pinned in mobile apps and clock skew on the client. The usual fix is to serve the full chain, for example fullchain.pem in Nginx, and to add a check from a non-browser client to the renewal process.',
    ),
    q(
      'senior',
      'How would you roll out mutual TLS between hundreds of internal services and keep the certificates under control?',
      'Looks for PKI design, automation and safe rollout at scale.',
      'I would run a private CA, for example HashiCorp Vault PKI, AWS Private CA or cert-manager in Kubernetes, and issue short-lived certificates lasting hours or days that are tied to a workload identity such as a SPIFFE ID. Automation is essential, so a service mesh like Istio or Linkerd, or SPIRE agents, handle issuance and rotation without developers touching private keys. I roll it out in permissive mode first, accepting both plain and mutual TLS traffic while monitoring which callers do not yet present certificates, then switch each service to strict mode. I also monitor expiry and handshake failures centrally and rehearse rotating the CA itself, because an expired root or intermediate would take everything down at once.',
    ),
  ],
  FedRAMP: [
    q(
      'junior',
      'What is FedRAMP, and why would a cloud company need it?',
      'Checks basic understanding of US federal cloud authorisation.',
      'FedRAMP, the Federal Risk and Authorization Management Program, is the US government-wide programme that standardises security assessment, authorisation and continuous monitoring for cloud services used by federal agencies. A cloud service provider needs a FedRAMP authorisation before agencies can use its service with federal data, and other agencies can reuse that authorisation instead of each assessing the service again. Services are categorised at Low, Moderate or High impact using FIPS 199, and each baseline is a set of NIST SP 800-53 controls, with Moderate the most common. I would expect the work to involve a system security plan, an assessment by an accredited third-party assessment organisation and ongoing monthly monitoring.',
    ),
    q(
      'mid',
      'Your service already holds a FedRAMP Moderate authorisation. What does continuous monitoring involve month to month?',
      'Tests practical knowledge of FedRAMP continuous monitoring.',
      'Every month I run authenticated vulnerability scans of operating systems, databases and web applications across the whole authorisation boundary and submit the results with an updated plan of action and milestones to the authorising agency. Findings must be remediated within the FedRAMP timeframes, traditionally 30 days for high risks, 90 days for moderate and 180 days for low, and anything that cannot be fixed in time needs a documented deviation request, such as a false positive or an operational requirement. I also keep the inventory and system security plan current, submit significant change requests before adding new services or data flows to the boundary, and support the annual assessment by the third-party assessor. I treat the monthly package as evidence of real operations, so I automate scanning and ticketing rather than assembling it by hand.',
    ),
    q(
      'senior',
      'Your SaaS company wants to sell to US federal agencies. How would you lead the effort to reach FedRAMP Moderate authorisation?',
      'Looks for strategic planning of a FedRAMP programme, including cost and architecture.',
      'I would first confirm demand and find an agency sponsor, because authorisation needs an agency willing to grant it, and the effort commonly costs well over a million dollars and takes a year or more. Next I would define a tight authorisation boundary, often a separate government environment hosted on a FedRAMP-authorised cloud such as AWS GovCloud or Azure Government, so the commercial platform does not have to meet every control. I would run a gap assessment against the NIST SP 800-53 Rev 5 Moderate baseline and fix the big architectural items early, such as FIPS 140 validated encryption, phishing-resistant multi-factor authentication and centralised logging, while writing the system security plan. I would engage an accredited third-party assessor, possibly starting with a readiness assessment, and build the continuous monitoring process before the audit, because that ongoing cost is what many companies underestimate. I would also follow changes to the programme, such as the FedRAMP 20x initiative, since they can shorten the path.',
    ),
  ],
  GDPR: [
    q(
      'junior',
      'What are the main principles of the GDPR?',
      'Checks knowledge of the core GDPR principles.',
      'Article 5 of the GDPR says personal data must be processed lawfully, fairly and transparently, collected for specified purposes and not reused for incompatible ones, limited to what is necessary, kept accurate, kept no longer than needed, and protected with appropriate security, which it calls integrity and confidentiality. On top of these sits accountability, meaning the controller must be able to show it complies, for example with records of processing, policies and impact assessments. In my daily work that means I question whether we need a field at all, keep data only for the agreed retention period and never move it to tools that have not been approved.',
    ),
    q(
      'mid',
      'A customer emails asking for all the personal data your company holds on them. How do you handle the request under GDPR?',
      'Tests practical handling of a data subject access request.',
      "I would log it as a subject access request under Article 15 straight away, because the clock starts on receipt and we must normally respond within one month, extendable by two further months only for complex or numerous requests. I would verify the person's identity in a proportionate way, then search every system that holds their data, including the CRM, support tickets, email, logs and processors acting for us. The response is normally free and includes a copy of the data plus the purposes, recipients, retention periods, source and their rights, with other people's personal data redacted where disclosing it would affect them. I keep a record of what we searched and sent, and if a request looks manifestly unfounded or excessive I would take advice before refusing it or charging a reasonable fee.",
    ),
    q(
      'senior',
      'Your company wants to move customer data to a US-based SaaS provider. How do you make sure the international transfer complies with GDPR?',
      'Looks for judgement on international data transfers after Schrems II.',
      "First I check whether the provider is certified under the EU-US Data Privacy Framework, which has had an adequacy decision since July 2023 and covers transfers to certified organisations, with the UK extension for UK data. If it is not, I would rely on the European Commission's 2021 standard contractual clauses, or the UK addendum, and carry out a transfer impact assessment, since the Schrems II judgment in 2020 requires us to check whether US surveillance law undermines the protection and to add supplementary measures such as encryption with keys we control. Alongside the transfer mechanism I need an Article 28 processor agreement, a review of sub-processors and security, updates to the record of processing and privacy notice, and a DPIA if the processing is high risk. Because the Data Privacy Framework could be struck down in court as Privacy Shield was, I would keep the SCCs in the contract as a fallback.",
    ),
  ],
};
