import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for software design, architecture and CS fundamentals, keyed by canonical name. */
export const ARCHITECTURE_QUESTIONS: Record<string, BankQuestion[]> = {
  'System Design': [
    q(
      'junior',
      'How would you design a URL shortener?',
      'Checks the ability to structure a small system design from requirements to components.',
      'I clarify requirements first: expected writes and reads per second, custom aliases, expiry and analytics. The core is an API that generates a short unique key, for example base62 of a counter-based ID or a random key checked for collisions, and stores the key-to-URL mapping in a key-value store or relational table indexed by key. Reads vastly outnumber writes, so a cache and CDN in front of the redirect endpoint handle most traffic, and redirects use 301 or 302 depending on whether analytics must see every click.',
    ),
    q(
      'mid',
      'How do you approach a system design interview question?',
      'Tests method: requirements, estimates, high-level design, deep dives and trade-offs.',
      'I start by clarifying functional requirements and non-functional ones such as scale, latency, consistency and availability, then do rough capacity estimates to see what matters. Next I sketch the high-level components and data flow, define the APIs and data model, and pick storage based on access patterns. Then I deep-dive into the hardest parts, such as scaling hot paths, failure handling and consistency, and state the trade-offs of each choice explicitly.',
    ),
    q(
      'senior',
      'Design a notification system that sends millions of emails, SMS and push messages a day.',
      'Looks for decoupling, reliability, rate limiting and user preferences at scale.',
      'Producers publish notification requests to a queue, and a notification service applies user preferences, templates and deduplication before routing to per-channel queues, so one slow provider does not block others. Channel workers call providers with rate limiting, retries with exponential backoff and failover to secondary providers, and store delivery status for idempotency and auditing. Priority queues keep critical messages such as one-time passwords ahead of marketing, and quiet hours and frequency caps protect users.',
    ),
  ],
  'Distributed Systems': [
    q(
      'mid',
      'What does the CAP theorem say, and how does it apply to real systems?',
      'Checks understanding of consistency and availability trade-offs.',
      'During a network partition, a distributed system must choose between consistency, where every read sees the latest write, and availability, where every request gets a response. Since partitions cannot be ruled out, the real choice is how to behave when one happens: a consensus-based store such as etcd rejects some requests, while Cassandra can keep serving possibly stale data. PACELC extends this by noting that even without partitions there is a trade-off between latency and consistency.',
    ),
    q(
      'senior',
      'Why is exactly-once delivery so hard, and how do you get exactly-once effects?',
      'Tests deep reasoning about failure in distributed systems.',
      'A sender cannot tell whether a message was lost or only its acknowledgement was, so it must either retry and risk duplicates or not retry and risk loss. Practical systems choose at-least-once delivery and make processing idempotent, using idempotency keys, deduplication tables or upserts keyed by event ID. The transactional outbox pattern writes state changes and outgoing events in one database transaction so they cannot diverge.',
    ),
    q(
      'junior',
      'What are the fallacies of distributed computing?',
      'Checks awareness that networks fail.',
      'They are assumptions that newcomers make and that break systems: the network is reliable, latency is zero, bandwidth is infinite, the network is secure, topology does not change, there is one administrator, transport cost is zero and the network is homogeneous. Each one translates into a design rule, such as always setting timeouts, retrying with backoff, encrypting traffic and minimising chatty calls. Designing for failure is the core habit.',
    ),
  ],
  Microservices: [
    q(
      'junior',
      'What are the benefits and costs of microservices compared with a monolith?',
      'Checks a balanced understanding of the architecture.',
      'Microservices let teams develop, deploy and scale parts of the system independently, with clear ownership and freedom to choose technology. The costs are network calls that can fail, distributed data and transactions, harder debugging and a lot of operational tooling. For a small team or an unclear domain, a well-modularised monolith is often the better start.',
    ),
    q(
      'mid',
      'How do you define service boundaries in a microservices architecture?',
      'Tests domain-driven design thinking.',
      'I draw boundaries around business capabilities or bounded contexts from domain-driven design, such as ordering, payments and inventory, so each service owns its data and changes for one reason. A good boundary minimises chatty synchronous calls and shared databases between services. If two services always change and deploy together, they probably belong together.',
    ),
    q(
      'senior',
      'How do you handle a business transaction that spans several microservices?',
      'Looks for knowledge of sagas and consistency patterns.',
      'Distributed two-phase commit is fragile and couples availability, so I use a saga: a sequence of local transactions where each step publishes an event or is triggered by an orchestrator, and failures run compensating actions such as refunding a payment. Choreography with events suits simple flows, while an orchestrator makes complex flows explicit and observable. Each step must be idempotent and the outbox pattern ensures events are published reliably.',
    ),
  ],
  'REST APIs': [
    q(
      'junior',
      'What are the main HTTP methods and status codes used in REST APIs?',
      'Checks basic REST conventions.',
      'GET reads a resource, POST creates one or triggers an action, PUT replaces a resource, PATCH partially updates it and DELETE removes it; GET, PUT and DELETE should be idempotent. Status codes communicate outcomes: 200 OK, 201 Created, 204 No Content, 400 for invalid input, 401 for missing authentication, 403 for forbidden, 404 for not found, 409 for conflicts and 5xx for server errors. Consistent error bodies help clients handle failures.',
    ),
    q(
      'mid',
      'How do you implement pagination in REST APIs, and why prefer cursors over offsets?',
      'Tests practical API design for large collections.',
      'Offset pagination (`?offset=1000&limit=50`) is simple but gets slower as the offset grows, because the database still scans skipped rows, and it skips or repeats items when data changes between pages. Cursor or keyset pagination returns an opaque cursor encoding the last seen sort key, and the next query asks for rows after it using an index. It is stable and fast, at the cost of not jumping to arbitrary pages.',
    ),
    q(
      'senior',
      'How do you version and evolve REST APIs without breaking clients?',
      'Checks API lifecycle management.',
      'Most changes should be additive, such as new optional fields and endpoints, with clients required to ignore unknown fields, so no new version is needed. For breaking changes I introduce a new version in the path or a header, run both in parallel, announce deprecation with timelines and `Deprecation` or `Sunset` headers, and track usage to know when the old version can go. An OpenAPI contract checked in CI catches accidental breaking changes.',
    ),
  ],
  'Event-Driven Architecture': [
    q(
      'mid',
      'What are the benefits and challenges of event-driven architecture?',
      'Checks understanding of asynchronous, decoupled systems.',
      'Producers publish events without knowing consumers, so new consumers can be added without changing the producer, and spikes are absorbed by the broker. The challenges are eventual consistency, harder end-to-end tracing, ordering, duplicate handling and evolving event schemas. Good practices are idempotent consumers, schema versioning with a registry and correlation IDs for tracing.',
    ),
    q(
      'senior',
      'What is the difference between event notification, event-carried state transfer and event sourcing?',
      'Tests depth in event-driven design patterns.',
      'Event notification sends a thin event like "order 42 changed", and consumers call back for details, which keeps events small but recouples services. Event-carried state transfer includes the data consumers need so they can keep local copies and avoid calls. Event sourcing stores the sequence of events as the source of truth and rebuilds state by replaying them, which gives a full audit trail but adds complexity in schema evolution and projections.',
    ),
  ],
  'Software Architecture': [
    q(
      'mid',
      'What is clean or hexagonal architecture, and what problem does it solve?',
      'Checks understanding of dependency direction and separation of concerns.',
      'Hexagonal architecture puts domain logic at the centre, with no dependencies on frameworks, databases or HTTP, and defines ports as interfaces that adapters implement for the outside world. Dependencies point inward, so business rules can be tested without infrastructure and adapters can be swapped. The cost is extra indirection, which is worthwhile for complex domains but overkill for simple CRUD services.',
    ),
    q(
      'senior',
      'How do you make and document significant architecture decisions?',
      'Tests leadership in technical decision-making.',
      'I write a short architecture decision record with the context, options considered, the decision and its consequences, and review it with the people affected. Decisions are driven by quality attributes that matter for the system, such as scalability, availability or time to market, and reversible decisions are made quickly while irreversible ones get more scrutiny. Records are kept with the code so future engineers understand why things are the way they are.',
    ),
  ],
  'Design Patterns': [
    q(
      'mid',
      'Explain the strategy pattern and when you would use it.',
      'Checks practical use of a common pattern.',
      'The strategy pattern encapsulates interchangeable algorithms behind a common interface, such as different pricing or shipping-cost rules, and lets the caller pick one at runtime. It replaces growing `if` or `switch` chains and makes each variant testable on its own. In languages with first-class functions, a strategy is often just a function passed in.',
    ),
    q(
      'senior',
      'When do design patterns make code worse?',
      'Tests judgement rather than pattern memorisation.',
      'Patterns applied speculatively add indirection, such as factories for a single implementation or abstract layers no one extends, making code harder to read and change. They help when they name a real, recurring problem the code already has. I prefer the simplest design that works and introduce a pattern when duplication or change pressure shows it is needed.',
    ),
  ],
  'Object-Oriented Programming': [
    q(
      'junior',
      'What are encapsulation, inheritance and polymorphism?',
      'Checks OOP fundamentals.',
      'Encapsulation hides internal state behind methods, so an object protects its invariants and can change internally without breaking callers. Inheritance lets a class reuse and extend another class, and polymorphism lets code work with a base type or interface while each subclass provides its own behaviour. Together they allow code such as `shape.area()` to work for any shape.',
    ),
    q(
      'mid',
      'Why is composition often preferred over inheritance?',
      'Tests design maturity in object-oriented code.',
      'Inheritance couples a subclass tightly to its parent implementation, so changes to the base class ripple unexpectedly, and deep hierarchies become rigid when behaviours need mixing. Composition builds objects from smaller collaborators behind interfaces, which can be swapped and tested independently. I use inheritance for true "is-a" relationships with stable base classes and composition elsewhere.',
    ),
  ],
  'Functional Programming': [
    q(
      'mid',
      'What are pure functions and immutability, and why do they help?',
      'Checks core functional programming concepts.',
      'A pure function returns the same output for the same input and has no side effects, so it is easy to test, reason about, cache and run in parallel. Immutability means data is never changed in place; you create new versions instead, which removes whole classes of bugs from shared mutable state. Side effects still exist but are pushed to the edges of the program.',
    ),
    q(
      'senior',
      'How do you apply functional programming ideas in a mainstream language codebase?',
      'Tests pragmatic application rather than purism.',
      'I keep business logic in pure functions that take data and return data, with I/O in a thin imperative shell around them. I use immutable data structures or readonly types, map, filter and reduce for transformations, and result types for errors instead of exceptions where the language supports it. This makes the core easy to test without mocks.',
    ),
  ],
  'Data Structures': [
    q(
      'junior',
      'When would you use a hash map instead of an array or a list?',
      'Checks basic data structure selection.',
      'A hash map gives average O(1) lookup, insertion and deletion by key, so it suits counting, caching and indexing items by ID. An array gives O(1) access by index and good cache locality, but searching for a value is O(n). Hash maps do not keep sorted order and can degrade with many collisions, so a balanced tree map fits when ordered traversal is needed.',
    ),
    q(
      'mid',
      'How does a hash table work internally?',
      'Tests understanding beneath the API.',
      'A hash function maps each key to a bucket index in an array, and collisions are handled by chaining entries in lists or by open addressing, probing for the next free slot. When the load factor passes a threshold, the table resizes and rehashes all entries, which is O(n) occasionally but amortised O(1) per insertion. Keys need consistent hashing and equality, and a poor hash function causes collisions that degrade performance.',
    ),
    q(
      'senior',
      'What data structure would you use to implement an LRU cache, and why?',
      'Checks the ability to combine structures to meet complexity targets.',
      'A hash map from key to node combined with a doubly linked list ordered by recency gives O(1) get and put. On access, the node moves to the front; on insert beyond capacity, the tail node is evicted and removed from the map. In production, concurrency matters, so I would use sharded locks or an existing library such as Caffeine, and consider admission policies like TinyLFU for better hit rates.',
    ),
  ],
  Algorithms: [
    q(
      'junior',
      'What is Big O notation, and what is the complexity of binary search?',
      'Checks basic complexity analysis.',
      'Big O describes how running time or memory grows with input size in the worst case, ignoring constants, so O(n) grows linearly and O(n²) quadratically. Binary search on a sorted array halves the search range each step, so it runs in O(log n), finding an item among a million in about 20 comparisons. It requires sorted data with random access.',
    ),
    q(
      'mid',
      'How do you recognise and solve a dynamic programming problem?',
      'Tests problem-solving technique.',
      'A problem suits dynamic programming when it has overlapping subproblems and optimal substructure, such as counting paths or computing edit distance. I define the state and the recurrence, then implement it top-down with memoisation or bottom-up with a table, often reducing memory by keeping only the previous row. Naming the state precisely is the hardest and most important step.',
    ),
    q(
      'senior',
      'How would you find the shortest path in a weighted graph, and what changes with negative weights?',
      'Checks graph algorithm depth.',
      "With non-negative weights, Dijkstra's algorithm with a priority queue runs in O((V + E) log V), and A* speeds it up with an admissible heuristic such as straight-line distance. Negative weights break Dijkstra's greedy assumption, so Bellman-Ford is used, at O(VE), and it can also detect negative cycles. For unweighted graphs, plain breadth-first search is enough.",
    ),
  ],
  Networking: [
    q(
      'junior',
      'What happens when you type a URL into a browser and press enter?',
      'Checks end-to-end understanding of the web stack.',
      'The browser resolves the domain to an IP address through DNS, using caches first, then opens a TCP connection (or QUIC for HTTP/3) and performs a TLS handshake that verifies the server certificate. It sends an HTTP request, the server or a CDN returns a response, and the browser parses the HTML, fetches CSS, JavaScript and images, and renders the page. Each step can be a source of latency that caching, connection reuse and CDNs reduce.',
    ),
    q(
      'mid',
      'What is the difference between TCP and UDP, and when would you use UDP?',
      'Tests transport-layer fundamentals.',
      'TCP provides a reliable, ordered byte stream with connection setup, retransmission, flow control and congestion control. UDP sends independent datagrams with no guarantees, which gives lower latency and no head-of-line blocking. UDP suits real-time voice, video and games where late data is useless, DNS lookups, and protocols like QUIC that build their own reliability on top.',
    ),
  ],
  'Embedded Systems': [
    q(
      'mid',
      'What should you be careful about in an interrupt service routine?',
      'Checks embedded programming fundamentals.',
      'ISRs should be short: acknowledge the interrupt, capture data and defer heavy work to the main loop or an RTOS task. Variables shared with the main code must be `volatile` and accessed atomically or with interrupts briefly disabled to avoid race conditions. Blocking calls, dynamic allocation and non-reentrant functions such as many `printf` implementations do not belong in an ISR.',
    ),
    q(
      'senior',
      'How do you design firmware that must run reliably for years in the field?',
      'Tests robustness thinking for constrained devices.',
      'I avoid dynamic memory allocation after start-up, use a watchdog timer that the main loop feeds only when healthy, and handle brown-outs and power loss safely when writing to flash. Firmware updates are done over the air with A/B partitions and signature verification so a failed update can roll back. Logging of reset causes and error counters in persistent memory helps diagnose field failures.',
    ),
  ],
};
