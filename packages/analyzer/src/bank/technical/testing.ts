import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for testing and quality assurance, keyed by canonical name. */
export const TESTING_QUESTIONS: Record<string, BankQuestion[]> = {
  'Unit Testing': [
    q(
      'junior',
      'What makes a good unit test?',
      'Checks basic testing discipline.',
      'A good unit test is fast, deterministic and isolated, checks one behaviour, and has a name that states the scenario and expected outcome. It follows arrange, act, assert and asserts on observable results rather than internal implementation details, so refactoring does not break it. It must be able to fail: a test that passes whatever the code does gives false confidence.',
    ),
    q(
      'mid',
      'When should you use mocks, stubs or fakes in unit tests, and when do they hurt?',
      'Tests judgement about test doubles.',
      'Test doubles replace slow or non-deterministic collaborators such as networks, clocks and payment gateways: stubs return canned answers, fakes are lightweight working implementations like an in-memory repository, and mocks verify interactions. Over-mocking couples tests to implementation, so they break on every refactor and can pass while the real integration fails. I mock at system boundaries I own adapters for and prefer real objects or fakes inside the domain.',
    ),
    q(
      'senior',
      'Code coverage is at 90% but bugs still reach production. What would you look at?',
      'Looks for a mature view of test effectiveness beyond metrics.',
      'Coverage shows which lines ran, not whether the assertions would catch a wrong result, so I would check for weak assertions and run mutation testing to see whether tests fail when the code is altered. I would map escaped bugs to their category, such as integration mismatches, edge cases in data, concurrency or configuration, and add tests at the level where each would have been caught. Often the gap is in contract or integration tests rather than more unit tests.',
    ),
  ],
  Debugging: [
    q(
      'junior',
      'A function returns the wrong result for one input. How do you find the bug?',
      'Checks a methodical way of debugging rather than guessing.',
      'I first reproduce it with the smallest input that fails and write that down as a test, so I know when it is fixed. Then I check my assumptions one at a time, with a debugger breakpoint or a log line at each step, until the value in hand differs from the one I expected. The line where they part is the bug; I fix it, keep the test and look for the same mistake nearby.',
    ),
    q(
      'mid',
      'How do you debug a problem that only happens in production?',
      'Tests debugging with logs, metrics and traces when a debugger cannot be attached.',
      'I start from what production records: the logs, metrics and traces around the first failure, and what changed just before it, such as a deploy, a configuration or the traffic. I form one hypothesis at a time and test it against that evidence or in a staging copy with the same data shape and configuration. Once I can reproduce it, I fix it with a test, and I add the log line or metric that would have made it obvious.',
    ),
    q(
      'senior',
      'A bug appears only now and then, and nobody can reproduce it. How do you approach it?',
      'Looks for strategy on intermittent bugs: timing, concurrency, data and environment.',
      'An intermittent bug usually depends on timing, shared state, data or the environment, so I collect every occurrence and look for what they share: the time, the host, the input or the version. I raise the odds of seeing it with load, repetition or injected delays, and I add targeted logging that records the state right before the failure. When the cause is found I fix it, keep a stress test that failed before the fix, and write down what made it hard to see.',
    ),
  ],
  'Integration Testing': [
    q(
      'mid',
      'What is the difference between unit, integration and end-to-end tests, and how do you balance them?',
      'Checks understanding of the test pyramid and its trade-offs.',
      'Unit tests check small pieces in isolation and are fast, integration tests check that components work together with real dependencies such as a database or message broker, and end-to-end tests drive the whole system like a user. Higher levels give more confidence per test but are slower and flakier. I keep many unit tests, a solid layer of integration tests at the boundaries, and a few end-to-end tests for critical journeys.',
    ),
    q(
      'senior',
      'How do you run reliable integration tests against databases and other services?',
      'Tests practical experience with realistic test environments.',
      'I run real dependencies in containers, for example with Testcontainers or a compose file, pinned to the production versions, rather than in-memory substitutes that behave differently. Each test sets up its own data and cleans up or uses a transaction or unique schema, so tests can run in parallel and in any order. For third-party services I use contract tests or recorded stubs instead of calling them live.',
    ),
  ],
  'Test Automation': [
    q(
      'junior',
      'Which tests should be automated first?',
      'Checks prioritisation in automation work.',
      'I automate tests that run often and are stable and valuable: smoke tests of critical paths, regression tests for features that broke before, and repetitive data-driven checks. Features still changing a lot and one-off exploratory checks are poor candidates. The return comes from running them on every change in CI.',
    ),
    q(
      'mid',
      'What causes flaky automated tests and how do you fix them?',
      'Tests debugging skills for unreliable suites.',
      'Common causes are timing assumptions such as fixed sleeps, shared test data between tests, dependence on test order, external services and non-deterministic inputs like the current date or random values. I replace sleeps with waits for explicit conditions, isolate data per test, control clocks and seeds, and stub unstable external calls. Flaky tests are tracked with owners and fixed quickly, since retries only hide the problem.',
    ),
    q(
      'senior',
      'How would you design a test automation framework for a large product?',
      'Looks for architecture and maintainability thinking in test code.',
      'I layer it: tests express behaviour in business terms, page objects or screen models encapsulate UI details, and API clients and data builders create state quickly without going through the UI. Tests are independent, tagged so pipelines can run smoke, regression or area subsets, and run in parallel with clear reports, screenshots and traces on failure. The framework is owned like production code, with review and refactoring, and developers write tests in it too.',
    ),
  ],
  'Test-Driven Development': [
    q(
      'mid',
      'Describe the Test-Driven Development cycle and its benefits.',
      'Checks understanding of the TDD practice.',
      'In red, green, refactor you write a failing test for the next small behaviour, write the simplest code that passes it, then refactor both with the tests as a safety net. It forces you to think about the interface and expected behaviour first and leaves a suite that documents the design. The small steps make bugs easy to locate because the last change is tiny.',
    ),
    q(
      'senior',
      'When does Test-Driven Development not work well, and how do you adapt?',
      'Tests nuanced judgement instead of dogma.',
      'TDD is awkward for exploratory spikes where the design is unknown, for UI layout, and for thin glue code over third-party APIs. In those cases I spike to learn, throw the spike away or harden it with tests afterwards, and apply TDD to the domain logic where it shines. Outside-in TDD, starting from an acceptance test, helps keep the focus on user-visible behaviour.',
    ),
  ],
  Selenium: [
    q(
      'mid',
      'How do you make Selenium tests stable?',
      'Checks practical UI automation experience.',
      'Use explicit waits for specific conditions, such as an element being clickable, instead of `Thread.sleep` or long implicit waits. Locate elements with stable attributes like dedicated `data-test` IDs rather than brittle XPath tied to layout. Keep tests independent with their own data, and wrap page details in page objects so UI changes require a fix in one place.',
    ),
    q(
      'senior',
      'How do you run a large Selenium suite quickly in CI?',
      'Tests scaling browser automation.',
      'Run tests in parallel across a Selenium Grid or a cloud browser provider, which requires fully independent tests and data. Create preconditions through APIs or direct database setup instead of clicking through the UI, and keep the browser suite focused on critical journeys while pushing detailed checks down to faster levels. Capture screenshots, logs and video on failure to diagnose without re-running.',
    ),
  ],
  Cypress: [
    q(
      'mid',
      'How does Cypress differ from Selenium?',
      'Checks understanding of modern browser testing tools.',
      'Cypress runs inside the browser alongside the application, giving automatic waiting and retries on commands and assertions, time-travel snapshots and easy network stubbing with `cy.intercept`. Selenium drives browsers externally through WebDriver and supports many languages and browsers. Cypress trades some flexibility, such as multi-tab scenarios, for a fast and pleasant developer experience in JavaScript.',
    ),
    q(
      'senior',
      'What are common Cypress anti-patterns and how do you avoid them?',
      'Tests depth with the tool.',
      'Common mistakes are using `cy.wait` with fixed times, treating Cypress commands as synchronous and storing their results in variables, and logging in through the UI in every test. Instead I wait on aliased network requests, chain commands or use `.then`, and log in programmatically with `cy.session`. Tests should seed their own state through APIs and not depend on each other.',
    ),
  ],
  Playwright: [
    q(
      'mid',
      'What are locators and auto-waiting in Playwright?',
      'Checks hands-on Playwright knowledge.',
      'Locators such as `getByRole`, `getByLabel` and `getByTestId` describe how to find an element and are re-evaluated each time they are used, so they survive re-renders. Actions automatically wait until the element is attached, visible, stable and enabled, and web-first assertions like `toBeVisible` retry until a timeout. This removes most manual waits and flakiness.',
    ),
    q(
      'senior',
      'How do you structure a Playwright suite for speed and debuggability?',
      'Tests test-architecture skills with Playwright.',
      'Tests run in parallel with isolated browser contexts, and authentication is done once in a setup project that saves storage state for reuse. Fixtures provide page objects and test data, and network routes mock slow or unstable third parties where appropriate. Traces recorded on first retry give a step-by-step timeline with DOM snapshots and network calls for diagnosing CI failures.',
    ),
  ],
  Jest: [
    q(
      'junior',
      'How do you test asynchronous code with Jest?',
      'Checks basic JavaScript testing skills.',
      'Make the test `async` and `await` the code under test, or return the promise, so Jest waits for it. For rejections use `await expect(promise).rejects.toThrow()`. Forgetting to await means the test finishes before the assertion runs, and it can pass no matter what the code does.',
    ),
    q(
      'mid',
      'How do fake timers and module mocks work in Jest, and what are the risks?',
      'Tests advanced Jest features and their pitfalls.',
      '`jest.useFakeTimers()` replaces timers so tests can advance time with `jest.advanceTimersByTime` instead of waiting, which suits debounce and retry logic. `jest.mock` replaces a module for the whole test file, useful for third-party clients. Overusing module mocks couples tests to the internal structure, and mocks must be reset between tests to avoid leaking state.',
    ),
  ],
  JUnit: [
    q(
      'mid',
      'What features of JUnit 5 do you use to write clear tests?',
      'Checks familiarity with modern JUnit.',
      'I use `@DisplayName` and `@Nested` classes to describe scenarios, `@ParameterizedTest` with sources like `@CsvSource` for data-driven cases, and `assertThrows` and `assertAll` for precise assertions. Lifecycle methods such as `@BeforeEach` set up fresh state. Extensions integrate tools like Mockito and Testcontainers.',
    ),
    q(
      'senior',
      'How do you keep a large JUnit suite fast in a Spring Boot project?',
      'Tests experience with test performance in Java projects.',
      'Most logic should be tested with plain unit tests that never start Spring. For framework integration I use slice tests such as `@WebMvcTest` or `@DataJpaTest` instead of full `@SpringBootTest`, and keep context configuration consistent so Spring can cache and reuse contexts. Parallel execution and shared Testcontainers instances reduce the remaining cost.',
    ),
  ],
  pytest: [
    q(
      'junior',
      'What are fixtures in pytest?',
      'Checks core pytest knowledge.',
      'Fixtures are functions decorated with `@pytest.fixture` that provide setup such as test data, temporary directories or database connections, injected into tests by parameter name. They can have scopes like function, module or session, and `yield` lets them run teardown code after the test. Shared fixtures live in `conftest.py`.',
    ),
    q(
      'mid',
      'How do parametrisation and markers help organise tests in pytest?',
      'Tests ability to write concise, well-organised suites.',
      '`@pytest.mark.parametrize` runs one test function over many input and expected-output pairs, with each case reported separately. Custom markers tag tests such as `slow` or `integration`, so CI can select them with `-m`. Combined with fixtures, this removes duplication while keeping failures easy to read.',
    ),
  ],
  'Quality Assurance': [
    q(
      'junior',
      'What makes a good bug report?',
      'Checks communication skills central to QA work.',
      'A good report has a clear title, exact steps to reproduce, expected versus actual results, and the environment: build, browser or device and test data. Screenshots, videos, logs or request IDs speed up diagnosis, and severity and frequency help prioritisation. One bug per report keeps tracking clean.',
    ),
    q(
      'mid',
      'How do you decide what to test when time is short before a release?',
      'Tests risk-based thinking.',
      'I use risk-based testing: focus on what changed, the most used and revenue-critical flows, and areas with a history of defects. Automated regression covers the stable basics while manual exploratory sessions target new features and integration points. I state clearly what was not tested so the release decision is informed.',
    ),
  ],
  'Performance Testing': [
    q(
      'mid',
      'What is the difference between load, stress, spike and soak testing?',
      'Checks performance testing vocabulary and purpose.',
      'Load testing checks behaviour at expected peak traffic against targets such as p95 latency. Stress testing pushes beyond capacity to find the breaking point and how the system fails and recovers. Spike testing applies sudden bursts, and soak testing runs sustained load for hours to reveal leaks and degradation over time.',
    ),
    q(
      'senior',
      'How do you run a performance test whose results you can trust?',
      'Tests rigour in performance engineering.',
      'The environment must resemble production in size, configuration and data volume, and the workload model must reflect real traffic mix and think times, ideally derived from production logs. I look at percentiles rather than averages and watch for coordinated omission in the load tool. Monitoring the system under test shows which resource saturates first, turning the result into an actionable bottleneck.',
    ),
  ],
  'API Testing': [
    q(
      'mid',
      'What do you check when testing a REST API?',
      'Checks thoroughness in API testing.',
      'I verify status codes, response bodies against the schema, headers and error formats for valid and invalid input, including boundaries, missing fields and wrong types. Authentication and authorisation are tested explicitly, such as accessing another user resource by changing an ID. Idempotency of PUT and DELETE, pagination and rate limiting round out the functional checks.',
    ),
    q(
      'senior',
      'What is contract testing and when is it better than end-to-end API tests?',
      'Tests knowledge of testing in microservice architectures.',
      'In consumer-driven contract testing, each consumer records the requests it makes and the responses it relies on, and the provider verifies those contracts in its own pipeline, for example with Pact. This catches breaking API changes before deployment without standing up the whole system. It is faster and more reliable than end-to-end tests across many services, which are kept to a few critical journeys.',
    ),
  ],
  'End-to-End Testing': [
    q(
      'junior',
      'Where does End-to-End Testing fit in the test pyramid compared with unit and integration tests?',
      'Checks understanding of the cost and value of different test levels.',
      'End-to-end tests drive the whole system as a user would, through the UI or public API with real services behind it, so they catch integration and configuration problems that lower-level tests miss. They are slow, costly to maintain and harder to debug, so I keep them at the top of the pyramid, with a small number covering critical journeys such as sign-up, login and checkout. Most logic is covered by many fast unit tests and a middle layer of integration or contract tests.',
    ),
    q(
      'mid',
      'How do you manage test data and environment state in End-to-End Testing so tests can run in parallel?',
      'Tests practical isolation and data-setup techniques.',
      'Each test creates the data it needs, usually through API calls or database seeding in a setup hook rather than clicking through the UI, and uses unique values such as a random suffix on email addresses so parallel runs do not collide. I avoid dependencies between tests and shared mutable accounts, and either clean up afterwards or use disposable environments, for example a fresh database per CI run with Docker Compose. For third-party services such as payment providers I use their sandbox or a stub like WireMock so results are deterministic.',
    ),
    q(
      'senior',
      'Your End-to-End Testing suite has grown to 800 slow tests and developers no longer trust it. How do you reshape the strategy?',
      'Looks for data-driven test strategy and restoring trust in a suite.',
      'I start from data: runtime, failure and flakiness rates per test, and which failures actually caught real bugs, taken from CI history or reports from tools like Playwright or Cypress Cloud. Tests that check logic already covered lower down move to unit, component or Pact contract tests, and the end-to-end suite shrinks to a few dozen critical journeys, each owned by a named team. Flaky tests are quarantined with a ticket and fixed or deleted by a deadline, a fast smoke subset gates merges while the fuller suite runs after deployment to staging, and I add synthetic monitoring in production for the most important flows.',
    ),
  ],
  'Code Coverage': [
    q(
      'junior',
      'What is the difference between line coverage and branch coverage in code coverage reports?',
      'Checks understanding of coverage metrics.',
      'Line coverage counts which lines ran at least once during the tests, while branch coverage checks that each decision went both ways, for example both the true and false paths of an if statement. A function containing if (user.isAdmin) { grant(); } can show 100% line coverage from a single test with an admin user, yet the non-admin path was never tested and branch coverage would show only 50%. I therefore look at branch coverage in tools such as JaCoCo, coverage.py with --branch or Istanbul, and I treat the report as a map of untested code rather than proof that the code is correct.',
    ),
    q(
      'mid',
      'How would you set up code coverage reporting in a CI pipeline so that it actually helps the team?',
      'Tests practical use of coverage tooling in CI.',
      'I generate coverage in the test job with the standard tool for the stack, such as JaCoCo, coverage.py, c8 or Istanbul, export it as Cobertura XML or LCOV, and publish it to a service like Codecov or SonarQube. Rather than a single global threshold, I enforce coverage on the lines changed in each pull request, for example 80% diff coverage, so new code is tested without forcing people to backfill old modules first. I exclude generated code, migrations and vendored libraries so the number means something, and I show uncovered lines directly in the pull request so reviewers can ask about them.',
    ),
    q(
      'senior',
      'You join a team whose legacy codebase has 15% code coverage and frequent regressions. How do you raise it in a way that actually reduces risk?',
      'Looks for a risk-based strategy rather than chasing a number.',
      'I would not set a blanket target, because people then write assertion-free tests that run code without checking anything. Instead I combine coverage with change frequency and incident history to find hotspots, code that changes often and breaks often, and put characterisation tests around those first to capture current behaviour before anyone refactors it. I add a ratchet in CI so overall coverage can never go down and changed code must be tested, which raises the number steadily without a big-bang effort. To check the tests are meaningful, I run mutation testing with a tool such as PIT or Stryker on critical modules, since surviving mutants reveal code that is executed but not really verified.',
    ),
  ],
};
