import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for web, backend and mobile frameworks, keyed by canonical name. */
export const FRAMEWORK_QUESTIONS: Record<string, BankQuestion[]> = {
  React: [
    q(
      'junior',
      'What is the difference between props and state in React, and why must state be updated immutably?',
      'Checks the basic React data flow model.',
      'Props are inputs passed from a parent and are read-only inside the component, while state is data the component owns and changes over time through `useState` or `useReducer`. React decides whether to re-render by comparing references, so mutating an array or object in place can leave the UI stale. You create a new value instead, such as `setItems([...items, item])`, or use the updater form when the new state depends on the old one.',
    ),
    q(
      'mid',
      'What are the rules of `useEffect` dependencies, and when do you not need an effect at all?',
      'Tests whether the candidate avoids the most common hook bugs.',
      'The dependency array must list every reactive value the effect reads, otherwise it runs with stale values; the lint rule enforces this. Effects are for synchronising with external systems such as subscriptions, timers or non-React widgets, and they should return a cleanup function. Values derived from props or state should be computed during render, and responses to user actions belong in event handlers, not effects.',
    ),
    q(
      'senior',
      'A React page feels slow when typing in a large form. How do you find and fix the problem?',
      'Looks for a measurement-driven approach to rendering performance.',
      'I record with the React DevTools Profiler to see which components re-render on each keystroke and why, then look for state held too high, context values recreated every render, or expensive lists re-rendering. Fixes include moving state down next to the input, splitting contexts, memoising heavy children with `React.memo` plus stable callbacks, and virtualising long lists. For inherently heavy updates, `useDeferredValue` or `startTransition` keeps typing responsive while the expensive part renders later.',
    ),
  ],
  Angular: [
    q(
      'junior',
      'What is dependency injection in Angular and how do you provide a service?',
      'Checks the core architectural mechanism of Angular.',
      'Angular creates services through its injector and hands them to constructors or the `inject()` function, so components do not construct their own dependencies. `@Injectable({ providedIn: "root" })` registers a tree-shakable application-wide singleton, while providing a service in a component or route gives that subtree its own instance. This makes swapping implementations in tests straightforward.',
    ),
    q(
      'mid',
      'How does change detection work in Angular, and what does `OnPush` change?',
      'Tests understanding of Angular rendering performance.',
      'By default, Zone.js patches async APIs and, after each event, Angular checks every component binding from the root down. With `ChangeDetectionStrategy.OnPush`, a component is checked only when an input reference changes, an event fires inside it, an observable bound with the async pipe emits, or a signal it reads changes. Combined with immutable data, OnPush cuts a lot of wasted work in large trees.',
    ),
    q(
      'senior',
      'How do signals compare with RxJS observables in modern Angular, and when do you use each?',
      'Checks awareness of recent Angular direction and reactive design judgement.',
      'Signals hold a current value, track dependencies automatically through `computed` and `effect`, and let Angular update only the affected views, paving the way for zoneless apps. RxJS models streams of events over time with rich operators for debouncing, cancellation and combining async sources. I use signals for component and UI state and RxJS for event streams and HTTP orchestration, bridging them with `toSignal` and `toObservable`.',
    ),
  ],
  'Vue.js': [
    q(
      'junior',
      'What is the difference between `computed` properties and watchers in Vue.js?',
      'Checks understanding of Vue reactivity basics.',
      'A `computed` property derives a value from reactive state and is cached until its dependencies change, so it is ideal for filtering or formatting data for the template. A watcher runs a side effect when a source changes, such as fetching data when a route parameter changes. If you are only calculating a value, use `computed`.',
    ),
    q(
      'mid',
      'How does Vue 3 reactivity work, and what are the differences between `ref` and `reactive`?',
      'Tests deeper knowledge of the Composition API.',
      'Vue 3 wraps objects in JavaScript Proxies that track which effects read which properties and re-run them on writes. `reactive` makes an object deeply reactive but loses reactivity if you destructure it or replace the whole object, while `ref` wraps any value in an object with a `.value` property and can be reassigned safely. Many teams default to `ref` for consistency and use `toRefs` when destructuring reactive objects.',
    ),
    q(
      'senior',
      'How would you structure state management in a large Vue.js application?',
      'Looks for architectural judgement in Vue projects.',
      'Local state stays in components, reusable logic goes into composables, and shared application state goes into Pinia stores split by domain, such as auth, cart and catalogue. Server data is better handled by a query-cache library than copied into stores, which avoids stale duplicates. Stores expose actions rather than letting components mutate freely, which keeps changes traceable in devtools.',
    ),
  ],
  'Next.js': [
    q(
      'mid',
      'What rendering strategies does Next.js offer and when do you use each?',
      'Checks understanding of SSR, SSG and client rendering trade-offs.',
      'Static generation builds pages at build time and serves them from a CDN, which suits marketing pages and docs, and incremental regeneration refreshes them periodically or on demand. Server-side rendering builds the page per request for personalised or rapidly changing data, at the cost of server work on every hit. Client-side rendering suits highly interactive parts behind login, and in the App Router you mix these per route and per fetch through caching options.',
    ),
    q(
      'senior',
      'What are React Server Components in the Next.js App Router and what pitfalls do they bring?',
      'Tests understanding of the modern Next.js model.',
      'Server Components render on the server, can read data directly and ship no JavaScript to the browser, while components marked `"use client"` hydrate and handle interactivity. Pitfalls include accidentally marking large trees as client components, passing non-serialisable props across the boundary, and surprises from aggressive fetch caching. I keep client components small at the leaves and treat server actions as public endpoints that need validation and authorisation.',
    ),
  ],
  'Node.js': [
    q(
      'junior',
      'Why is Node.js good at I/O-bound work but poor at CPU-heavy work?',
      'Checks the basic Node.js execution model.',
      'Node.js runs JavaScript on a single thread with an event loop and performs I/O asynchronously through libuv, so one process can handle thousands of concurrent connections while waiting on network or disk. A CPU-heavy computation blocks that thread, so every other request waits. Heavy work should move to worker threads, a separate service or a job queue.',
    ),
    q(
      'mid',
      'How do streams work in Node.js and why are they useful?',
      'Tests knowledge of memory-efficient data processing in Node.',
      'Streams process data in chunks instead of loading it all into memory, so you can copy a 10 GB file or proxy an upload with constant memory. Backpressure is the key mechanism: when the consumer is slower, `write` returns false and the producer pauses until `drain`. `stream.pipeline` wires stages together and propagates errors and cleanup correctly, which manual `.pipe()` chains do not.',
    ),
    q(
      'senior',
      'How do you run a Node.js service reliably in production?',
      'Looks for operational maturity: errors, shutdown, observability and scaling.',
      'I handle errors at every async boundary, treat an uncaught exception as fatal by logging and exiting so the orchestrator restarts a clean process, and implement graceful shutdown on SIGTERM that stops accepting connections and drains in-flight work. Scaling is horizontal with several processes or containers behind a load balancer, with no in-memory state that must survive. Structured logs, metrics such as event-loop lag and heap usage, and tracing make problems visible.',
    ),
  ],
  Express: [
    q(
      'junior',
      'How does middleware work in Express?',
      'Checks the core abstraction of Express.',
      'Middleware functions receive `req`, `res` and `next`, and run in the order they are registered, so each can read or modify the request, end the response or call `next()` to continue. Typical middleware handles body parsing, logging, authentication and CORS. Forgetting to call `next()` or send a response leaves the request hanging.',
    ),
    q(
      'mid',
      'How do you handle errors properly in an Express application?',
      'Tests robust API construction.',
      'An error-handling middleware has four arguments `(err, req, res, next)` and is registered last, so it can map errors to status codes and a consistent JSON body without leaking stack traces. Errors from synchronous handlers reach it automatically, and Express 5 also forwards rejected promises from async handlers, while Express 4 needs `next(err)` or a wrapper. Input validation at the route edge turns bad requests into clear 400 responses.',
    ),
  ],
  NestJS: [
    q(
      'mid',
      'How are modules, providers and dependency injection organised in NestJS?',
      'Checks understanding of the NestJS architecture.',
      'A module groups controllers and providers for one feature and declares what it exports to other modules. Providers are classes decorated with `@Injectable` that the IoC container instantiates and injects into constructors, usually as singletons. This structure mirrors Angular and makes it easy to replace a provider with a fake in tests.',
    ),
    q(
      'senior',
      'What is the request lifecycle in NestJS: middleware, guards, interceptors, pipes and filters?',
      'Tests whether the candidate puts cross-cutting logic in the right place.',
      'A request passes through middleware, then guards that decide whether it may proceed (authentication and authorisation), then interceptors before the handler, then pipes that validate and transform parameters, and finally the handler. On the way out, interceptors can map responses or add timing and caching, and exception filters turn thrown errors into HTTP responses. Choosing the right layer keeps controllers thin and behaviour consistent.',
    ),
  ],
  'Spring Boot': [
    q(
      'junior',
      'What does Spring Boot auto-configuration do?',
      'Checks understanding of what Spring Boot adds on top of Spring.',
      'Spring Boot inspects the classpath and existing beans and applies sensible configuration automatically; with `spring-boot-starter-web` it configures an embedded Tomcat and Jackson, for example. Auto-configurations are conditional, so defining your own bean or setting a property overrides the default. Starters bundle compatible dependency versions, which removes most manual setup.',
    ),
    q(
      'mid',
      'How does `@Transactional` work in Spring and what are the common pitfalls?',
      'Tests knowledge of Spring proxies and transactional semantics.',
      'Spring wraps the bean in a proxy that opens a transaction before the method and commits or rolls back afterwards. Self-invocation from another method of the same class bypasses the proxy, so the annotation has no effect there, and by default only unchecked exceptions trigger rollback. Keep transactions short, avoid remote calls inside them and choose propagation deliberately.',
    ),
    q(
      'senior',
      'How do you make a Spring Boot service production-ready?',
      'Looks for experience running Spring services at scale.',
      'I expose health, readiness and metrics through Actuator and Micrometer, externalise configuration per environment, and set connection-pool and thread-pool sizes from measured load. Timeouts, retries with backoff and circuit breakers protect downstream calls, and graceful shutdown lets in-flight requests finish during deploys. Structured logging with trace IDs, plus slice tests and Testcontainers for integration tests, round it out.',
    ),
  ],
  Hibernate: [
    q(
      'mid',
      'What is the N+1 select problem in Hibernate and how do you fix it?',
      'Checks the most common ORM performance issue.',
      'Loading a list of entities and then touching a lazy association on each one triggers one extra query per row, so 100 orders produce 101 queries. Fixes include a `JOIN FETCH` query, an entity graph, or batch fetching that loads associations in groups with `IN` clauses. I detect it by logging SQL or counting statements in tests.',
    ),
    q(
      'senior',
      'Explain the Hibernate persistence context and entity states.',
      'Tests deep understanding of how the ORM tracks changes.',
      'Entities are transient before persisting, managed while attached to the persistence context, detached after the session closes, and removed when scheduled for deletion. Managed entities are dirty-checked at flush, so changing a field writes an UPDATE without calling save. This first-level cache guarantees one instance per row within a session but can bloat memory in batch jobs, which is why those flush and clear periodically.',
    ),
  ],
  Django: [
    q(
      'junior',
      'Describe how a request flows through a Django application.',
      'Checks understanding of the Django request cycle.',
      'The request passes through the middleware stack, then the URL resolver matches a pattern in `urls.py` and calls the view. The view uses models through the ORM and returns an `HttpResponse`, often by rendering a template or serialising data. The response travels back through middleware, which can add headers, sessions or CSRF checks.',
    ),
    q(
      'mid',
      'What is the difference between `select_related` and `prefetch_related` in the Django ORM?',
      'Tests ORM query optimisation in Django.',
      '`select_related` follows foreign keys and one-to-one relations with a SQL join, loading everything in one query. `prefetch_related` runs a separate query per relation and joins the results in Python, which works for many-to-many and reverse foreign keys. Both fix N+1 queries, and I confirm the effect with the Django Debug Toolbar or `assertNumQueries` in tests.',
    ),
    q(
      'senior',
      'How do you run a zero-downtime schema migration on a large Django project?',
      'Looks for operational experience with migrations under traffic.',
      'Old and new code run side by side during a deploy, so each migration must be backward compatible: add nullable columns or ones with database defaults first, backfill in batches, then make them required in a later release. Renames and drops become an expand-then-contract sequence over several deploys. On PostgreSQL I create indexes with `AddIndexConcurrently` in a non-atomic migration and watch for long locks.',
    ),
  ],
  Flask: [
    q(
      'junior',
      'How do you structure a Flask application beyond a single file?',
      'Checks knowledge of application factories and blueprints.',
      'I use an application factory, `create_app(config)`, that builds the app, loads configuration and registers extensions, which makes testing with different settings easy. Routes are grouped in blueprints per feature and registered in the factory. Extensions such as SQLAlchemy are created at module level and bound with `init_app` to avoid circular imports.',
    ),
    q(
      'mid',
      'What are the application and request contexts in Flask?',
      'Tests understanding of how Flask globals like `request` work.',
      'Flask pushes a request context for each request, which makes `request` and `session` available as context-local proxies, and an application context, which provides `current_app` and `g`. Outside a request, such as in a CLI command or background job, you must push an app context yourself with `app.app_context()`. `g` is per-request storage, not a global cache.',
    ),
  ],
  FastAPI: [
    q(
      'mid',
      'How does FastAPI use type hints and Pydantic?',
      'Checks understanding of FastAPI core value.',
      'Parameter and body types declared on the path function drive parsing, validation and serialisation through Pydantic, so invalid input returns a 422 with details automatically. The same type information generates the OpenAPI schema and interactive docs. Response models also filter output, which prevents leaking fields such as password hashes.',
    ),
    q(
      'senior',
      'What goes wrong when you call blocking code inside an `async def` FastAPI endpoint?',
      'Tests understanding of async Python in web servers.',
      'An `async def` endpoint runs on the event loop, so a blocking call like a synchronous database driver or `time.sleep` freezes every other request on that worker. Either declare the endpoint with plain `def`, which FastAPI runs in a thread pool, use async libraries end to end, or offload with `run_in_threadpool`. CPU-heavy work belongs in a separate process or task queue.',
    ),
  ],
  'Ruby on Rails': [
    q(
      'junior',
      'What does "convention over configuration" mean in Ruby on Rails?',
      'Checks understanding of the Rails philosophy.',
      'Rails infers wiring from names: a `User` model maps to a `users` table, `UsersController#show` renders `app/views/users/show`, and resourceful routes map HTTP verbs to actions. Following the conventions means very little configuration code, and any Rails developer can navigate the project. You can override the defaults when necessary, but doing so often has a maintenance cost.',
    ),
    q(
      'mid',
      'How do you avoid N+1 queries and slow pages in Ruby on Rails?',
      'Tests ActiveRecord performance awareness.',
      'I eager-load associations with `includes` or `preload`, select only needed columns, and add indexes for columns used in `where` and joins. The Bullet gem flags N+1 queries in development, and logs or APM traces show slow queries in production. Fragment caching, counter caches and moving slow work to background jobs with Sidekiq address the rest.',
    ),
  ],
  Laravel: [
    q(
      'junior',
      'What is Eloquent in Laravel and how do relationships work?',
      'Checks familiarity with the Laravel ORM.',
      'Eloquent is an active-record ORM where each model maps to a table and relationships are declared as methods such as `hasMany` and `belongsTo`. Accessing `$post->comments` lazily runs a query, so lists should eager-load with `Post::with("comments")` to avoid N+1 queries. Mass-assignment protection through `$fillable` prevents users from setting fields they should not.',
    ),
    q(
      'mid',
      'How do queues and jobs work in Laravel?',
      'Tests knowledge of asynchronous processing in Laravel applications.',
      'Slow tasks such as sending email or processing uploads are dispatched as job classes onto a queue backed by Redis, a database or SQS, and `queue:work` workers process them outside the request. Jobs should be idempotent and can set retries, backoff and timeouts, with failures recorded in a failed-jobs table. Horizon gives monitoring and balancing for Redis queues.',
    ),
  ],
  '.NET': [
    q(
      'junior',
      'What is the difference between .NET Framework and modern .NET?',
      'Checks awareness of the platform landscape.',
      'The original .NET Framework is Windows-only and now receives only maintenance, while modern .NET, which grew out of .NET Core, is cross-platform, open source and much faster. New projects target modern .NET, with long-term support releases every two years. Migrating legacy apps usually means replacing Web Forms and WCF and checking library compatibility.',
    ),
    q(
      'mid',
      'How does the built-in dependency injection container in .NET handle service lifetimes?',
      'Tests a common source of bugs in .NET applications.',
      'Services are registered as transient (new instance each time), scoped (one per request) or singleton (one for the app lifetime). Injecting a scoped service such as a `DbContext` into a singleton creates a captive dependency that outlives its scope and is shared across requests, which the container can detect with scope validation. When a singleton needs scoped work, it creates a scope through `IServiceScopeFactory`.',
    ),
    q(
      'senior',
      'How do you diagnose high memory or CPU usage in a .NET service?',
      'Looks for hands-on production diagnostics skill.',
      'I start with `dotnet-counters` to watch GC heap size, allocation rate, thread-pool queue length and exception rate live. For CPU I collect a trace with `dotnet-trace` and read the flame graph, and for memory a `dotnet-gcdump` or full dump to see which types dominate and what roots them. Typical culprits are large object heap churn, unbounded caches, sync-over-async starving the thread pool, and excessive allocations in hot paths.',
    ),
  ],
  'ASP.NET': [
    q(
      'mid',
      'How does the middleware pipeline work in ASP.NET Core?',
      'Checks understanding of request processing in ASP.NET Core.',
      'Each middleware receives the `HttpContext` and a delegate to the next one, so it can act before and after calling it, or short-circuit. Order matters: exception handling comes first, then HTTPS redirection, routing, authentication, authorisation and finally endpoints. Minimal APIs and controllers are endpoints at the end of this pipeline.',
    ),
    q(
      'senior',
      'How do you implement authentication and authorisation in an ASP.NET Core API?',
      'Tests security design within the framework.',
      'Authentication middleware validates the incoming credential, typically a JWT bearer token from an identity provider, checking issuer, audience, signature and expiry, and builds the user principal. Authorisation is expressed as policies based on roles, claims or custom requirements and applied with `[Authorize(Policy = ...)]` or endpoint metadata. Resource-based checks, such as whether this user owns this order, go through `IAuthorizationService` inside the handler.',
    ),
  ],
  Redux: [
    q(
      'junior',
      'What are the core ideas of Redux?',
      'Checks understanding of predictable state management.',
      'The whole state lives in a single store, the only way to change it is to dispatch an action, and reducers are pure functions that compute the next state from the previous state and the action. This makes changes traceable and enables time-travel debugging. Redux Toolkit removes most boilerplate with `createSlice` and lets reducers use Immer to write mutating syntax safely.',
    ),
    q(
      'mid',
      'When should you not put data in Redux?',
      'Tests judgement about state management choices.',
      'Server data such as API responses is better handled by RTK Query or React Query, which manage caching, refetching and invalidation for you. Form inputs and purely local UI state belong in components. Redux fits client state shared across distant parts of the app, such as the current user, feature flags or a multi-step workflow.',
    ),
  ],
  'Tailwind CSS': [
    q(
      'junior',
      'What is the utility-first approach of Tailwind CSS and what are its trade-offs?',
      'Checks understanding of why teams adopt Tailwind.',
      'Instead of writing custom class names and CSS, you compose small utility classes like `flex`, `p-4` and `text-gray-700` directly in markup, constrained by a design scale. It removes naming debates and dead CSS, since unused classes are not generated. The trade-off is long class lists, which you manage by extracting components rather than by writing many custom `@apply` rules.',
    ),
    q(
      'mid',
      'How do you customise Tailwind CSS for a design system?',
      'Tests practical configuration knowledge.',
      'Design tokens such as colours, spacing, fonts and breakpoints are defined in the theme configuration, which in Tailwind 4 lives in CSS through `@theme`, so utilities match the brand. Dark mode and states are handled with variants such as `dark:` and `hover:`. Reusable patterns live in framework components, and plugins can add project-specific utilities.',
    ),
  ],
  'React Native': [
    q(
      'mid',
      'How does React Native render native UI, and what changed with the new architecture?',
      'Checks understanding of how React Native works under the hood.',
      'JavaScript describes the UI with React components that map to real native views, not a web view. The old architecture sent serialised messages over an asynchronous bridge, which became a bottleneck, while the new architecture uses JSI for direct calls, the Fabric renderer and TurboModules for lazy-loaded native modules. The result is faster startup and synchronous access where needed.',
    ),
    q(
      'senior',
      'How do you diagnose and fix performance problems in a React Native app?',
      'Tests practical mobile performance skills.',
      'I check whether the JavaScript thread or the UI thread is dropping frames, using the performance monitor, Flipper or platform profilers. Common fixes are virtualised lists with `FlatList` or FlashList and stable keys, memoising row components, avoiding heavy work during navigation transitions, and running animations on the UI thread with Reanimated. Image sizing and caching and the Hermes engine help with memory and startup time.',
    ),
  ],
  Flutter: [
    q(
      'junior',
      'What is the difference between a StatelessWidget and a StatefulWidget in Flutter?',
      'Checks the basic Flutter widget model.',
      'A StatelessWidget is immutable and rebuilds only when its parent passes new configuration, while a StatefulWidget owns a `State` object that persists across rebuilds and calls `setState` to schedule a rebuild. Widgets are cheap descriptions; Flutter diffs them against the element tree and updates the render objects that changed. Keeping state low in the tree limits how much rebuilds.',
    ),
    q(
      'mid',
      'How do you choose a state-management approach in Flutter?',
      'Tests architectural judgement in Flutter apps.',
      '`setState` is fine for local widget state, while shared state needs something like Provider, Riverpod or Bloc. Riverpod offers compile-safe providers and easy testing, and Bloc gives explicit events and states that suit larger teams wanting strict structure. The key is separating UI from business logic so the logic can be unit-tested without widgets.',
    ),
  ],
  Android: [
    q(
      'junior',
      'Explain the Android Activity lifecycle and why it matters.',
      'Checks a core concept that causes many Android bugs.',
      'An Activity moves through `onCreate`, `onStart`, `onResume`, `onPause`, `onStop` and `onDestroy` as it becomes visible, interactive, hidden and destroyed. Configuration changes such as rotation destroy and recreate it by default, so UI state must survive in a ViewModel or saved instance state. Work like location updates should start and stop with the lifecycle to avoid leaks and wasted battery.',
    ),
    q(
      'mid',
      'How would you architect a modern Android app?',
      'Tests knowledge of recommended Android architecture.',
      'I follow a layered approach: Jetpack Compose UI observing state from ViewModels, a domain layer where it adds value, and repositories that combine network and local data sources such as Retrofit and Room. State flows down as immutable UI state through `StateFlow`, and events flow up, which makes screens predictable and testable. Dependency injection with Hilt and coroutines for async work complete the setup.',
    ),
  ],
  iOS: [
    q(
      'junior',
      'What is the difference between UIKit and SwiftUI?',
      'Checks awareness of the two iOS UI frameworks.',
      'UIKit is the mature imperative framework where you create and mutate views and view controllers yourself. SwiftUI is declarative: you describe the UI as a function of state and the framework updates views when state changes. Many apps mix them, hosting SwiftUI views inside UIKit or wrapping UIKit views, depending on OS targets and component maturity.',
    ),
    q(
      'mid',
      'How do you keep the UI responsive in an iOS app when doing network or disk work?',
      'Tests concurrency knowledge on iOS.',
      'UI updates must happen on the main thread, while network, disk and heavy computation run elsewhere. Swift concurrency with `async`/`await` and `@MainActor` makes this explicit, and the compiler checks data races in strict mode. I also cancel tasks when views disappear and avoid blocking the main thread, which Instruments makes visible as hangs.',
    ),
  ],
  WordPress: [
    q(
      'junior',
      'How is a WordPress site put together?',
      'Checks basic WordPress structure.',
      "A WordPress site is the core software, a theme that decides how pages look, and plugins that add features, with content and settings stored in a MySQL database. Pages and posts are edited in the block editor, and the theme's templates render them. I change the look through a child theme or the site editor rather than editing the theme itself, so updates do not overwrite my work.",
    ),
    q(
      'mid',
      'How do you keep a WordPress site secure and fast?',
      'Tests practical WordPress maintenance.',
      'I keep the core, theme and plugins updated, remove plugins that are not used, and choose plugins that are maintained and widely used. Administrator accounts use strong passwords and two-factor login, and I keep backups that I have tested restoring. For speed I use page caching, optimised images and a CDN, and I check the slowest pages with a profiler before adding more plugins.',
    ),
    q(
      'senior',
      'When would you build a custom plugin instead of combining existing ones?',
      'Checks judgement about extending WordPress.',
      'I build a custom plugin when the feature is central to the business, when existing plugins would need heavy changes, or when several plugins would be stacked just to get one behaviour. A small plugin that uses WordPress hooks and its APIs, with tests and coding standards, is easier to maintain than a fragile combination. For everything else I prefer a well-supported plugin, because it will be maintained after I leave.',
    ),
  ],
  Drupal: [
    q(
      'junior',
      'What are content types, fields and views in Drupal?',
      'Checks basic Drupal site building.',
      'A content type defines a kind of content, such as an article or an event, and fields define what it holds, such as a date, an image or a reference to another item. Views build lists and pages from that content with filters and sorting, without code. I model the content first, because in Drupal most pages can then be built from it by configuration.',
    ),
    q(
      'mid',
      'How do you move configuration changes from development to production in Drupal?',
      'Tests the configuration-management workflow.',
      'I make the change on a development site, export the configuration to files with Drush and commit them to the repository with the code. The deployment imports the configuration on the next environment and runs the database updates, so production is never changed by hand. Content stays in the database and is not part of this flow, which I keep in mind when a change depends on it.',
    ),
    q(
      'senior',
      'How would you plan an upgrade of a large Drupal site to a new major version?',
      'Checks managing Drupal upgrades.',
      'I start with an audit: the contributed modules and their readiness for the new version, custom code that uses deprecated APIs, and the theme. Tools such as Upgrade Status and Rector find and fix most deprecated code, and I replace modules that will not be ported. I upgrade on a copy of the site, test the main user journeys and content, and schedule the release with a rollback plan.',
    ),
  ],
  JSF: [
    q(
      'junior',
      'What are the phases of the JSF request lifecycle?',
      'Checks knowledge of the JavaServer Faces lifecycle.',
      'A JSF postback goes through six phases: Restore View, Apply Request Values, Process Validations, Update Model Values, Invoke Application and Render Response. The component tree is restored, submitted values are decoded into the components, then converted and validated, and only if everything is valid are the values copied into the backing beans before the action method runs and the page is rendered. On an initial GET request the lifecycle goes straight from Restore View to Render Response. Knowing this, I can see straight away why a validation error means my action method never runs.',
    ),
    q(
      'mid',
      'A JSF command button does nothing when clicked and the action method is never called. How do you debug it?',
      'Tests practical troubleshooting of common JSF problems.',
      "I first add an h:messages component, because the most common cause is a conversion or validation error that stops the lifecycle before Invoke Application and is never displayed. I then check that the button is inside an h:form, that forms are not nested, and that the rendered or disabled attributes of the button or its parents do not evaluate to false during the postback, which happens when the bean is request scoped and the condition depends on state that has been lost. For an Ajax request I check the execute and render attributes and the browser's network tab, and I look for an expired view or exceptions in the server log. A PhaseListener that logs each phase quickly shows where processing stops.",
    ),
    q(
      'senior',
      'You inherit a large JSF 2.2 application on an old application server. How would you decide between migrating it to Jakarta Faces 4 and rewriting the front end?',
      'Looks for judgement on modernising a legacy JSF application.',
      'I would start with the facts: how much business logic sits in backing beans, which component libraries such as PrimeFaces are used, how well it is tested and how much the UI needs to change for users. Migrating to Jakarta Faces 4 means moving from the javax to the jakarta namespace, which tools such as OpenRewrite or the Eclipse Transformer largely automate, replacing the removed JSF managed beans with CDI beans, converting any JSP views to Facelets and upgrading to a Jakarta EE 10 server and matching libraries. That is usually far cheaper and less risky than a rewrite, so I would choose it unless there is a strong product reason, such as a need for a rich client-side experience or a lack of JSF skills in the team. If a rewrite is justified, I would do it incrementally behind the same URLs, moving one area at a time to a new front end over REST APIs rather than running a big-bang project.',
    ),
  ],
  'Material UI': [
    q(
      'junior',
      'In Material UI, what is the difference between the sx prop, the styled utility and the theme, and when would you use each?',
      'Checks understanding of the Material UI styling options.',
      'The sx prop is for one-off styles on a single component instance, and it can use theme values directly, such as spacing units or palette colours like primary.main, plus responsive values per breakpoint. The styled utility creates a reusable styled component, which I use when the same customised component appears in several places. The theme, created with createTheme and provided through ThemeProvider, sets the palette, typography, spacing and component defaults for the whole app, so it is where global decisions belong. I keep brand decisions in the theme and use sx for small layout tweaks, so the styling stays consistent.',
    ),
    q(
      'mid',
      "How would you set up a Material UI theme to match your company's design system, including dark mode?",
      'Tests practical theming and customisation of Material UI.',
      'I would map the design tokens into createTheme: palette colours, the typography scale and font family, spacing, breakpoints and shape values such as border radius. For components I use theme.components with defaultProps, such as a default button variant, and with styleOverrides or custom variants, so every instance follows the design system without wrapping each component. If we need extra palette colours or variants, I add TypeScript module augmentation so they are type-checked. For dark mode in recent versions I define light and dark colour schemes in the theme with CSS variables enabled, which lets users switch schemes and, together with the colour scheme init script, avoids a flash of the wrong theme on server-rendered pages, and I check contrast in both schemes.',
    ),
    q(
      'senior',
      'Your team is starting a new product with a strong brand of its own. Would you build it on Material UI, and how would you make the decision?',
      'Looks for judgement on adopting a component library versus a custom design system.',
      "Material UI gives a large set of accessible, well-tested components, plus MUI X for data grids and date pickers, which saves months when the product is data-heavy and the team is small. The cost is that its components carry Material Design's structure and look, so a very distinctive brand means many overrides, the runtime cost of Emotion and pain at major upgrades, as teams found when moving from the JSS-based styles of v4 to v5. I would prototype the two or three most brand-critical screens with it and compare them with a headless option such as Base UI or Radix plus our own styling, looking at effort, bundle size, accessibility and fit with our design tokens. If we chose Material UI, I would wrap it in a thin component layer of our own so product code does not depend directly on its API and future migrations stay contained.",
    ),
  ],
};
