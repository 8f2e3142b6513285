import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for programming, query and markup languages, keyed by canonical name. */
export const LANGUAGE_QUESTIONS: Record<string, BankQuestion[]> = {
  JavaScript: [
    q(
      'junior',
      'What is the difference between `==` and `===` in JavaScript, and between `let`, `const` and `var`?',
      'Checks the everyday language rules that cause the most bugs: coercion and scoping.',
      '`===` compares value and type without coercion, while `==` converts operands first, so `0 == ""` is true; prefer `===` everywhere except the deliberate `x == null` check. `var` is function-scoped and hoisted with the value `undefined`, whereas `let` and `const` are block-scoped and sit in the temporal dead zone until declared. `const` prevents reassigning the binding, not mutating the object it points to.',
    ),
    q(
      'mid',
      'Explain the JavaScript event loop: how do microtasks and macrotasks get scheduled?',
      'Tests whether the candidate can reason about async ordering and avoid blocking the main thread.',
      'JavaScript runs one call stack; when it empties, the runtime drains the whole microtask queue (promise callbacks, `queueMicrotask`) before taking the next macrotask (timers, I/O, UI events). That is why a resolved promise callback runs before a `setTimeout(fn, 0)`. Long synchronous work blocks rendering and I/O, so heavy loops should be chunked, moved to a Web Worker or worker thread, or made async.',
    ),
    q(
      'senior',
      'How do closures cause memory leaks in long-lived JavaScript applications, and how would you find one?',
      'Looks for production debugging experience with the garbage collector and heap tooling.',
      'A closure keeps its whole lexical environment alive, so an event listener, interval or cache entry that is never removed can pin large objects or detached DOM nodes. I take heap snapshots before and after repeating the suspect action in Chrome DevTools or Node `--inspect`, compare retained sizes and follow the retainer path to the root. Fixes include removing listeners with an `AbortController`, clearing timers, bounding caches and using `WeakMap` or `WeakRef` for metadata keyed by objects.',
    ),
  ],
  TypeScript: [
    q(
      'junior',
      'What is the difference between `interface` and `type` in TypeScript, and when do you use `unknown` instead of `any`?',
      'Checks basic fluency with the type system and a safety-minded attitude.',
      'Both describe object shapes; interfaces can be extended and merged across declarations, while type aliases can also express unions, intersections, tuples and mapped types. `any` switches type checking off, so errors spread silently, whereas `unknown` forces you to narrow with `typeof`, `instanceof` or a schema before using the value. I use `unknown` for anything coming from outside the program, such as JSON or caught errors.',
    ),
    q(
      'mid',
      'How do discriminated unions and type narrowing help you model state in TypeScript?',
      'Tests whether the candidate uses types to make invalid states unrepresentable.',
      'A discriminated union gives each variant a literal tag, such as `{ status: "loading" } | { status: "ok"; data: T } | { status: "error"; error: string }`. Checking the tag in an `if` or `switch` narrows the type so `data` is only reachable in the success branch. Adding a `never` check in the default case makes the compiler flag every switch when a new variant is added.',
    ),
    q(
      'senior',
      'TypeScript types disappear at runtime. How do you keep an API boundary type-safe?',
      'Checks understanding of the limits of static typing and how to validate untrusted data.',
      'Types are erased on compilation, so a cast like `as User` on a parsed request body is just a promise the compiler cannot verify. At every boundary (HTTP input, environment variables, third-party responses, storage) I validate with a runtime schema such as zod and derive the static type from that schema with `z.infer`, so there is one source of truth. Inside the boundary the code can then trust its types, and strict options such as `noUncheckedIndexedAccess` close the remaining gaps.',
    ),
  ],
  Python: [
    q(
      'junior',
      'What is the difference between a list, a tuple, a set and a dict in Python?',
      'Checks knowledge of the core data structures and their costs.',
      'A list is an ordered, mutable sequence with O(1) append and O(n) membership checks, while a tuple is ordered but immutable, so it is hashable and usable as a dict key. A set holds unique hashable items with average O(1) membership tests, and a dict maps hashable keys to values with average O(1) lookup and preserves insertion order since Python 3.7. I choose based on whether I need order, uniqueness, mutability or keyed access.',
    ),
    q(
      'mid',
      'Why is a mutable default argument like `def f(items=[])` a bug in Python?',
      'Tests understanding of evaluation time and object identity, a classic source of subtle bugs.',
      'Default values are evaluated once, when the function is defined, so every call that omits the argument shares the same list and sees earlier mutations. The idiom is to default to `None` and create a new list inside the function. The same reasoning explains why class-level mutable attributes are shared across instances.',
    ),
    q(
      'senior',
      'How does the GIL affect concurrency in Python, and how do you choose between threads, asyncio and multiprocessing?',
      'Looks for the ability to pick the right concurrency model for CPU-bound and I/O-bound work.',
      'In CPython the Global Interpreter Lock lets only one thread execute Python bytecode at a time, so threads do not speed up CPU-bound pure-Python code, although they do help with I/O because the lock is released while waiting. For many concurrent network calls asyncio scales to thousands of tasks with little overhead, provided every library in the path is async. For CPU-bound work I use multiprocessing or a process pool, or push the hot loop into NumPy or a C extension that releases the GIL; free-threaded builds from Python 3.13 are changing this but are still maturing.',
    ),
  ],
  Java: [
    q(
      'junior',
      'What is the contract between `equals` and `hashCode` in Java, and what breaks if you violate it?',
      'Checks a fundamental rule that every collection relies on.',
      'If two objects are equal according to `equals`, they must return the same `hashCode`; unequal objects may still collide. If you override `equals` without `hashCode`, a `HashMap` or `HashSet` will look in the wrong bucket and fail to find an equal key, causing duplicates or lost entries. Records generate both consistently, and fields used in them should be immutable while the object sits in a hash-based collection.',
    ),
    q(
      'mid',
      'How does garbage collection work in the JVM and how would you investigate long GC pauses?',
      'Tests practical knowledge of JVM memory and production tuning.',
      'The heap is split into generations because most objects die young: minor collections clean the young generation cheaply, and surviving objects are promoted to the old generation. Modern collectors such as G1 (the default) and ZGC do most work concurrently to keep pauses short. To investigate pauses I enable GC logging, inspect allocation rates and heap usage, take a heap dump if memory keeps growing, and then either fix the allocation pattern or tune heap size and collector choice.',
    ),
    q(
      'senior',
      'When would you use virtual threads in modern Java instead of a traditional thread pool?',
      'Checks awareness of recent Java concurrency and its trade-offs.',
      'Virtual threads, final in Java 21, are cheap JVM-managed threads that unmount from their carrier thread while blocked on I/O, so a thread-per-request style can scale to very many concurrent blocking calls without reactive code. They help I/O-bound servers, not CPU-bound work, which still needs a pool sized to the cores. Watch for pinning, for example long blocking calls inside `synchronized` blocks in older JDKs, and for code that relies on `ThreadLocal` caches, which multiply with the number of threads.',
    ),
  ],
  C: [
    q(
      'junior',
      'What is the difference between stack and heap allocation in C?',
      'Checks the basic memory model that all C code depends on.',
      'Local variables live on the stack, are allocated automatically and disappear when the function returns, so returning a pointer to one is undefined behaviour. Heap memory comes from `malloc` or `calloc`, lives until `free` is called and can outlive the function, but forgetting to free it leaks and freeing it twice corrupts the allocator. The stack is small and fast, so large or variable-sized buffers belong on the heap.',
    ),
    q(
      'mid',
      'What is undefined behaviour in C and how do you protect a codebase from it?',
      'Tests awareness of the most dangerous class of C bugs and the tooling to catch them.',
      'Undefined behaviour, such as out-of-bounds access, signed integer overflow, use after free or reading uninitialised memory, lets the compiler assume it never happens, so optimised builds can behave in surprising ways. I compile with warnings as errors, run tests under AddressSanitizer and UndefinedBehaviorSanitizer, use Valgrind for leaks and add static analysis. In code, I check sizes before copying, prefer bounded functions such as `snprintf`, and keep ownership of every allocation explicit.',
    ),
  ],
  'C++': [
    q(
      'junior',
      'What is RAII in C++ and why are smart pointers preferred over raw `new` and `delete`?',
      'Checks understanding of the core C++ resource-management idiom.',
      'RAII ties a resource to an object lifetime: the constructor acquires it and the destructor releases it, so cleanup happens even when an exception unwinds the stack. `std::unique_ptr` expresses single ownership at zero cost, and `std::shared_ptr` adds reference counting for shared ownership. Using them, plus containers such as `std::vector`, removes most manual `delete` calls and the leaks and double frees that come with them.',
    ),
    q(
      'mid',
      'Explain move semantics in C++. When is a move used instead of a copy?',
      'Tests knowledge of value categories and performance-aware C++.',
      'A move constructor takes an rvalue reference and steals the source internals, such as the heap buffer of a string, leaving the source valid but unspecified. The compiler moves from temporaries automatically, and `std::move` casts a named object to an rvalue when you no longer need it. Mark move operations `noexcept`, otherwise `std::vector` will copy elements during reallocation to keep its strong exception guarantee.',
    ),
    q(
      'senior',
      'How would you find and fix a data race in a multithreaded C++ service?',
      'Looks for concurrency debugging skill and knowledge of the C++ memory model.',
      'A data race is two threads accessing the same memory, at least one writing, without synchronisation, and it is undefined behaviour. I reproduce it under ThreadSanitizer, which reports both conflicting accesses with stack traces, then protect the shared state with a `std::mutex`, make it `std::atomic` with suitable memory ordering, or redesign so each thread owns its data and communicates through queues. Reducing shared mutable state is usually the most durable fix.',
    ),
  ],
  'C#': [
    q(
      'junior',
      'What is the difference between value types and reference types in C#?',
      'Checks the basic memory and copying semantics of .NET.',
      'Value types such as `int` and `struct` hold their data directly and are copied on assignment, while reference types such as classes hold a reference, so two variables can point to the same object. Structs suit small immutable values, while large mutable structs cause confusing copies. Boxing happens when a value type is treated as `object`, allocating on the heap, which matters in hot loops.',
    ),
    q(
      'mid',
      'How does `async`/`await` work in C#, and why is `.Result` or `.Wait()` dangerous?',
      'Tests practical async knowledge and awareness of deadlocks and thread-pool starvation.',
      'The compiler turns an async method into a state machine that returns a `Task` and resumes after each awaited operation, freeing the thread while I/O is pending. Blocking on `.Result` holds a thread and, under a synchronization context such as old ASP.NET or UI apps, can deadlock because the continuation needs that same thread. The rule is async all the way down, with `ConfigureAwait(false)` in library code and cancellation tokens passed through.',
    ),
    q(
      'senior',
      'What is the difference between `IEnumerable` and `IQueryable` in LINQ, and what performance traps does it create?',
      'Checks whether the candidate understands deferred execution and query translation in Entity Framework.',
      '`IQueryable` builds an expression tree that a provider such as Entity Framework translates to SQL, so filters run in the database; `IEnumerable` runs the remaining operators in memory. Calling `ToList()` or `AsEnumerable()` too early pulls whole tables into memory, and enumerating a deferred query twice executes it twice. I watch the generated SQL, project only needed columns and avoid N+1 queries with `Include` or explicit joins.',
    ),
  ],
  Go: [
    q(
      'junior',
      'How does error handling work in Go, and why does Go not use exceptions?',
      'Checks familiarity with Go idioms and explicit control flow.',
      'Functions return an `error` value as the last result and callers check `if err != nil` immediately, which keeps failure paths visible. Errors are wrapped with `fmt.Errorf("context: %w", err)` and inspected with `errors.Is` and `errors.As`. `panic` is reserved for truly unrecoverable programmer errors, not for expected failures like a missing file.',
    ),
    q(
      'mid',
      'Explain goroutines and channels. How do you avoid goroutine leaks?',
      'Tests practical concurrency skills in Go.',
      'Goroutines are cheap, runtime-scheduled functions, and channels pass values between them with synchronisation built in. A goroutine leaks when it blocks forever on a channel no one reads or writes, so every goroutine needs a clear exit: a closed channel, a `context.Context` cancellation, or a `select` with `ctx.Done()`. I use `errgroup` or `sync.WaitGroup` to wait for workers and test with the race detector and goroutine-leak checks.',
    ),
    q(
      'senior',
      'How do Go interfaces differ from interfaces in Java, and how does that shape package design?',
      'Looks for idiomatic Go design judgement rather than transplanted OO habits.',
      'Go interfaces are satisfied implicitly: any type with the right methods implements them without declaring it. That lets the consumer define small interfaces, often one or two methods like `io.Reader`, exactly where it needs them, instead of the producer publishing large ones. The guideline is to accept interfaces and return concrete structs, which keeps packages decoupled and makes tests easy with tiny fakes.',
    ),
  ],
  Rust: [
    q(
      'junior',
      'Explain ownership and borrowing in Rust.',
      'Checks the core concept that makes Rust memory-safe without a garbage collector.',
      'Every value has exactly one owner, and it is dropped when the owner goes out of scope; assigning or passing it moves ownership unless the type is `Copy`. You can borrow it instead, either with many shared `&T` references or one mutable `&mut T` reference at a time, never both. The borrow checker enforces these rules at compile time, which rules out use-after-free and data races in safe code.',
    ),
    q(
      'mid',
      'How do `Result`, `Option` and the `?` operator shape error handling in Rust?',
      'Tests idiomatic error handling and API design.',
      '`Option<T>` models a value that may be absent and `Result<T, E>` models an operation that may fail, so callers must handle both cases explicitly. The `?` operator returns early with the error, converting it through `From`, which keeps happy paths readable. Libraries usually define typed errors with `thiserror`, applications often use `anyhow` for context, and `unwrap` is kept for cases that are truly impossible.',
    ),
    q(
      'senior',
      'When do you reach for `Arc<Mutex<T>>` in Rust and what are the alternatives?',
      'Checks concurrency design in Rust beyond satisfying the compiler.',
      '`Arc` gives shared ownership across threads and `Mutex` gives exclusive mutable access, so `Arc<Mutex<T>>` is the simple answer for shared mutable state. It can become a contention point and, in async code, holding a std mutex across an `.await` is a bug. Alternatives include message passing with channels so one task owns the state, `RwLock` for read-heavy data, atomics for counters, and sharding the state to reduce contention.',
    ),
  ],
  Ruby: [
    q(
      'junior',
      'What are blocks, procs and lambdas in Ruby?',
      'Checks fluency with a central Ruby language feature.',
      'A block is a chunk of code passed to a method and invoked with `yield`, as in `each` or `map`. A proc is a block turned into an object, and a lambda is a proc with stricter semantics: it checks the number of arguments and `return` exits only the lambda, while `return` in a proc returns from the enclosing method. Lambdas suit stored callbacks, while blocks are the idiomatic way to pass behaviour to iterators.',
    ),
    q(
      'mid',
      'How does metaprogramming with `method_missing` or `define_method` work in Ruby, and when is it a bad idea?',
      'Tests understanding of Ruby dynamism and its maintenance costs.',
      '`define_method` creates methods at runtime, for example generating accessors from a list, while `method_missing` intercepts calls to undefined methods, as ActiveRecord once did for dynamic finders. They reduce boilerplate but hide behaviour from readers, IDEs and grep, and `method_missing` must be paired with `respond_to_missing?`. I use them sparingly in library code and prefer explicit methods in application code.',
    ),
  ],
  PHP: [
    q(
      'junior',
      'How do you prevent SQL injection in PHP?',
      'Checks the most important security habit in PHP web code.',
      'Never concatenate user input into SQL; use prepared statements with bound parameters through PDO or mysqli, so the driver sends data separately from the query. Frameworks such as Laravel do this through Eloquent and the query builder, but raw queries still need bindings. Input validation and least-privilege database users add defence in depth.',
    ),
    q(
      'mid',
      'What changed in modern PHP (7 and 8) that affects how you write code?',
      'Tests whether the candidate keeps up with the language rather than writing legacy PHP.',
      'PHP 7 brought large performance gains, scalar type declarations and return types, and PHP 8 added the JIT, union types, named arguments, match expressions, constructor property promotion, enums and readonly properties. With `declare(strict_types=1)` and static analysers such as PHPStan or Psalm, PHP code can be typed and checked much like other modern languages. Composer autoloading and PSR standards make packages interoperable.',
    ),
  ],
  Swift: [
    q(
      'junior',
      'What are optionals in Swift and how do you unwrap them safely?',
      'Checks the basic null-safety model of Swift.',
      'An optional `T?` either holds a value or `nil`, and the compiler forces you to unwrap it before use. Safe ways are `if let` or `guard let` binding, optional chaining with `?.`, and a default with `??`. Force unwrapping with `!` crashes on `nil`, so I keep it for values that are guaranteed by construction.',
    ),
    q(
      'mid',
      'How does ARC manage memory in Swift and how do retain cycles happen?',
      'Tests understanding of reference counting and a common iOS memory leak.',
      'Automatic Reference Counting keeps a class instance alive while strong references point to it and frees it when the count reaches zero. Two objects holding strong references to each other, or a closure stored on an object that captures `self` strongly, never reach zero and leak. I break cycles with `weak` or `unowned` references, usually `[weak self]` in closures, and confirm with the Xcode memory graph debugger.',
    ),
  ],
  Kotlin: [
    q(
      'junior',
      'How does Kotlin null safety work?',
      'Checks the feature most Kotlin code relies on.',
      'Types are non-nullable by default, and `String?` explicitly allows `null`, so the compiler refuses to call methods on a nullable value without a check. You handle it with safe calls `?.`, the Elvis operator `?:` for defaults, smart casts after an `if (x != null)` check, or `!!`, which throws and should be rare. Platform types coming from Java are the main remaining source of surprises.',
    ),
    q(
      'mid',
      'What are coroutines in Kotlin and what does structured concurrency mean?',
      'Tests async programming in Kotlin, common on Android and in backend services.',
      'Coroutines are lightweight suspendable computations: a `suspend` function can pause at suspension points without blocking a thread. Structured concurrency means every coroutine is launched in a `CoroutineScope`, so a parent waits for its children and cancelling the scope cancels them all, which prevents leaks. On Android I use `viewModelScope` or `lifecycleScope` and choose dispatchers such as `Dispatchers.IO` for blocking work.',
    ),
    q(
      'senior',
      'When would you use a sealed class, a data class and an inline value class in Kotlin?',
      'Looks for type-driven design in Kotlin.',
      'A data class is for value-like holders and gets `equals`, `hashCode`, `copy` and destructuring for free. A sealed class or interface models a closed set of variants, such as UI states or results, and makes `when` expressions exhaustive. A `@JvmInline value class` wraps a single value, such as a `UserId`, to get type safety without allocation in most cases.',
    ),
  ],
  Scala: [
    q(
      'junior',
      'What are case classes and pattern matching in Scala?',
      'Checks fluency with the most common Scala idioms.',
      'A case class is an immutable data holder with structural equality, a `copy` method and an extractor, so it can be deconstructed in `match` expressions. Combined with a sealed trait, pattern matching becomes exhaustive and the compiler warns when a case is missing. This is how Scala code models algebraic data types such as events or commands.',
    ),
    q(
      'mid',
      'How do `Option`, `Either` and `Future` compose in Scala, and what does a for-comprehension desugar to?',
      'Tests functional-programming fluency and async composition.',
      'A for-comprehension desugars to `flatMap`, `map` and `withFilter` calls, so it sequences any type that provides them, such as `Option`, `Either` or `Future`. Mixing them in one comprehension does not type-check, so you lift values into one type or use monad transformers or an effect library like Cats Effect or ZIO. `Future` starts running eagerly on an execution context, which is one reason many teams prefer lazy effect types.',
    ),
  ],
  R: [
    q(
      'junior',
      'What is the difference between a vector, a list and a data frame in R?',
      'Checks the basic data structures of R.',
      'An atomic vector holds elements of a single type, and operations on it are vectorised. A list can hold elements of different types, including other lists, and a data frame is a list of equal-length column vectors, which is the standard tabular structure. Tibbles from the tidyverse are data frames with stricter, more predictable behaviour.',
    ),
    q(
      'mid',
      'How would you clean and summarise a dataset with dplyr?',
      'Tests practical data-wrangling skills in the tidyverse.',
      'I chain verbs with the pipe: `filter` rows, `mutate` to derive or fix columns, `group_by` plus `summarise` to aggregate, and `arrange` to sort. Missing values are handled explicitly with `na.rm = TRUE` or `tidyr::replace_na`, and I use `across` to apply the same transformation to many columns. Each step is small and readable, and the same pipeline can run against a database through dbplyr.',
    ),
  ],
  SQL: [
    q(
      'junior',
      'What is the difference between an INNER JOIN and a LEFT JOIN?',
      'Checks the most common SQL operation and how it treats missing data.',
      'An INNER JOIN returns only rows with a match in both tables, while a LEFT JOIN keeps every row from the left table and fills the right-hand columns with NULL when nothing matches. A typical use of LEFT JOIN is listing all customers with their orders, including customers with none. Putting a filter on the right table in the WHERE clause silently turns it back into an inner join, so such conditions belong in the ON clause.',
    ),
    q(
      'mid',
      'What is the difference between WHERE and HAVING, and how do window functions differ from GROUP BY?',
      'Tests analytical SQL skills beyond simple selects.',
      'WHERE filters rows before grouping, while HAVING filters groups after aggregation, so `HAVING COUNT(*) > 5` works where WHERE cannot. GROUP BY collapses rows into one per group, whereas a window function such as `ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC)` computes per-row values over a partition and keeps every row. Window functions make running totals, rankings and latest-row-per-group queries simple.',
    ),
    q(
      'senior',
      'A query that used to take milliseconds now takes seconds. How do you diagnose it?',
      'Looks for a systematic performance-tuning approach grounded in execution plans.',
      'I run EXPLAIN ANALYZE or the engine equivalent to compare estimated and actual rows and find the expensive node, such as a sequential scan, a bad join order or a sort spilling to disk. Common causes are a missing or unused index (for example a function applied to an indexed column), stale statistics after data growth, and parameter-sensitive plans. The fix might be a composite index matching the filter and sort, rewriting the predicate to be sargable, refreshing statistics, or paginating with keysets instead of large offsets.',
    ),
  ],
  Bash: [
    q(
      'junior',
      'What does `set -euo pipefail` do at the top of a Bash script?',
      'Checks awareness of safe scripting defaults.',
      '`-e` exits when a command fails, `-u` treats unset variables as errors, and `-o pipefail` makes a pipeline fail if any stage fails instead of only the last one. Together they stop a script from carrying on after an error and doing damage, such as running `rm -rf "$DIR/"` with an empty variable. `-e` has exceptions, for example inside conditions, so critical commands still deserve explicit checks.',
    ),
    q(
      'mid',
      'Why should you quote variables in Bash, and how do you process a list of filenames safely?',
      'Tests understanding of word splitting and globbing, the source of most shell bugs.',
      'An unquoted `$var` undergoes word splitting and glob expansion, so a filename with spaces or a `*` becomes several arguments; writing `"$var"` and `"$@"` prevents that. To iterate over files I use a glob directly (`for f in ./*.log`) or `find ... -print0 | xargs -0` or `while IFS= read -r -d "" f`, never parsing `ls` output. ShellCheck catches most of these issues automatically.',
    ),
  ],
  HTML: [
    q(
      'junior',
      'What is semantic HTML and why does it matter?',
      'Checks fundamentals of accessible, maintainable markup.',
      'Semantic HTML uses elements that describe meaning, such as `header`, `nav`, `main`, `article`, `button` and `label`, instead of generic `div` and `span` everywhere. Screen readers and search engines rely on that structure, and native elements bring keyboard support and focus handling for free. A clickable `div` needs a role, a tabindex and key handlers to match what a `button` already does.',
    ),
    q(
      'mid',
      'How do you build an accessible HTML form?',
      'Tests practical accessibility knowledge in everyday UI work.',
      'Every input gets a visible `label` linked with `for` and `id`, related controls are grouped with `fieldset` and `legend`, and the right input types and `autocomplete` attributes help users and password managers. Errors are shown in text next to the field, linked with `aria-describedby`, and announced without relying on colour alone. I test with keyboard only and with a screen reader, and native validation attributes such as `required` give a baseline.',
    ),
  ],
  CSS: [
    q(
      'junior',
      'Explain the CSS box model and what `box-sizing: border-box` changes.',
      'Checks the layout fundamentals every front-end developer needs.',
      'Every element is a box of content, padding, border and margin. With the default `content-box`, `width` sets only the content, so padding and border make the element wider than declared; `border-box` includes padding and border in the width, which makes sizing predictable. Most projects set `border-box` globally for that reason.',
    ),
    q(
      'mid',
      'When do you use Flexbox and when CSS Grid?',
      'Tests practical layout judgement.',
      'Flexbox lays out items along one axis and is ideal for toolbars, nav bars and centring, where content size drives the layout. Grid controls rows and columns at once, which suits page layouts and card galleries, and features like `grid-template-areas` and `minmax` make responsive layouts possible with few media queries. They combine well: a Grid page layout with Flexbox inside components.',
    ),
    q(
      'senior',
      'How do you keep CSS maintainable in a large application?',
      'Looks for experience with specificity, scoping and design tokens at scale.',
      'The main problems are global scope and specificity wars, so I scope styles per component with CSS Modules, a naming convention like BEM, or utility classes, and avoid IDs and `!important`. Design tokens as CSS custom properties keep colours, spacing and typography consistent and make theming possible, and cascade layers (`@layer`) give explicit ordering between resets, libraries and components. Stylelint and visual regression tests catch drift.',
    ),
  ],
  GraphQL: [
    q(
      'junior',
      'What problems does GraphQL solve compared with REST?',
      'Checks understanding of why a team would choose GraphQL.',
      'Clients ask for exactly the fields they need in one request, avoiding over-fetching and the multiple round trips REST can require to assemble a screen. The schema is strongly typed and introspectable, which powers tooling, code generation and documentation. The costs are harder HTTP caching, more complex server-side performance control and the need to guard against expensive queries.',
    ),
    q(
      'mid',
      'What is the N+1 problem in GraphQL and how does DataLoader solve it?',
      'Tests server-side GraphQL performance knowledge.',
      'Resolvers run per field, so fetching a list of 50 posts and each post author can trigger one query for the posts plus 50 author queries. DataLoader collects all keys requested in the same tick and issues one batched query, such as `WHERE id IN (...)`, then caches results per request. A new loader is created per request so data never leaks between users.',
    ),
    q(
      'senior',
      'How do you protect a public GraphQL API from abusive or expensive queries?',
      'Checks production hardening and security thinking for GraphQL.',
      'I limit query depth and compute a cost score from field weights and list sizes, rejecting queries over budget, and I enforce pagination with maximum page sizes. Persisted queries, where clients can only send pre-registered query hashes, remove arbitrary queries for first-party apps. Rate limiting by cost rather than request count, timeouts, and authorisation in resolvers or the business layer complete the picture.',
    ),
  ],
  XML: [
    q(
      'junior',
      'In XML, what is the difference between a well-formed document and a valid one?',
      'Checks XML fundamentals and schema validation.',
      'A well-formed XML document follows the syntax rules: exactly one root element, every tag closed and properly nested, attribute values quoted and special characters such as & and < escaped. A valid document is well-formed and also conforms to a schema, usually an XSD or a DTD, which defines the allowed elements, their order, how often they occur and their data types. I validate against the XSD at the boundary, for example with xmllint --schema or the validating parser in my language, so malformed partner files are rejected with a clear error rather than failing deep inside the import.',
    ),
    q(
      'mid',
      'You need to process a 5 GB XML export that uses namespaces. How do you parse it without running out of memory?',
      'Tests practical handling of large XML files and namespaces.',
      "I avoid DOM parsers, which build the whole tree in memory, and use a streaming approach instead: StAX or SAX in Java, XmlReader in .NET, or lxml's iterparse in Python. With iterparse I listen for the end event of each record element, process it, then call element.clear() and delete earlier siblings so memory stays flat. For namespaces I match on the full namespace URI rather than the prefix, since prefixes are arbitrary, and I pass a namespace map to my XPath queries. I test on a sample first and measure peak memory to confirm that the XML really streams.",
    ),
    q(
      'senior',
      'Your service will start accepting XML documents from external partners. What risks do you design for, and how?',
      'Looks for awareness of XML parser attacks and schema evolution.',
      'The biggest risk is the XML parser itself: external entity (XXE) attacks can read local files or make server-side requests, and entity expansion such as the billion laughs attack can exhaust memory. I disable DTD processing and external entity resolution, for example by using defusedxml in Python or setting disallow-doctype-decl and secure processing in Java, and I cap document size and nesting depth. Beyond security, I publish a versioned XSD, validate every incoming document against it and add new elements as optional so older partners keep working. Rejected documents get a clear error response and are logged so the partner team can see what went wrong.',
    ),
  ],
  JSON: [
    q(
      'junior',
      'Which data types does JSON support, and which common values need special care when you put them in JSON?',
      'Checks JSON fundamentals and awareness of its limits.',
      'JSON has six types: strings, numbers, booleans, null, arrays and objects, and object keys must be double-quoted strings. There is no date type, so I send dates as ISO 8601 strings with a time zone, such as 2024-05-01T10:00:00Z. Large integers need care because JavaScript parses every number as a double, so IDs above 2^53 lose precision and I send them as strings. I also remember that JSON allows no comments or trailing commas, which is why a hand-edited config file with them fails to parse.',
    ),
    q(
      'mid',
      'How do you validate incoming JSON payloads in an API, and what do you use JSON Schema for?',
      'Tests practical validation and contract practices.',
      'I describe each payload in JSON Schema, setting types, required fields, formats, enums, string lengths and additionalProperties: false where I want to reject unknown fields. I validate at the edge with a library such as Ajv in Node or jsonschema and Pydantic in Python, and return a 400 response with the path of the failing field so clients can fix the request. The same schemas feed the OpenAPI document, generate types and drive contract tests, so the documentation and the code cannot drift apart.',
    ),
    q(
      'senior',
      'Profiling shows that JSON serialisation and payload size are a major cost in your service-to-service traffic. How do you decide whether to move away from JSON?',
      'Looks for measured trade-offs between JSON and binary formats.',
      'I first measure what can be gained cheaply: a faster library such as orjson or simdjson, gzip or Brotli compression, and trimming fields that consumers never use often remove most of the cost. If the cost is still significant, I consider a binary format with a schema, such as Protocol Buffers with gRPC or Avro with a schema registry for Kafka, which are smaller, faster to parse and enforce compatibility rules. The trade-off is losing human readability and easy debugging with curl and jq, and every consumer needs generated code, so I usually keep JSON for public APIs and browsers and use binary formats for high-volume internal paths.',
    ),
  ],
  PowerShell: [
    q(
      'junior',
      'How is the PowerShell pipeline different from piping text in Bash?',
      'Checks the object-based pipeline concept.',
      'In PowerShell, commands pass .NET objects through the pipeline rather than lines of text, so I can filter and sort on properties without parsing columns with awk or cut. For example, Get-Process | Where-Object CPU -gt 100 | Sort-Object WS -Descending | Select-Object -First 5 Name, Id, WS works directly on process properties. When I am unsure what an object contains, I pipe it to Get-Member to list its properties and methods, and I only turn it into text at the end with Format-Table for display or Export-Csv and ConvertTo-Json for output.',
    ),
    q(
      'mid',
      'How do you write a PowerShell function that is safe for other administrators to run in production?',
      'Tests robust scripting practices in PowerShell.',
      'I write it as an advanced function with [CmdletBinding(SupportsShouldProcess)] so it gets -WhatIf and -Confirm, and I wrap every change in a $PSCmdlet.ShouldProcess check. Parameters are typed and validated with attributes such as [Parameter(Mandatory)], [ValidateSet()] and [ValidateScript()], and I accept pipeline input where it makes sense. Many cmdlets raise non-terminating errors, so I use -ErrorAction Stop inside try/catch blocks to make sure failures are actually caught. I add comment-based help, package the function in a module and test it with Pester before it goes anywhere near a server.',
    ),
    q(
      'senior',
      'How would you run PowerShell automation securely across hundreds of Windows servers?',
      'Looks for secure remote management at scale.',
      'I use PowerShell Remoting over WinRM, preferably with HTTPS, running Invoke-Command against many computers in parallel with a sensible -ThrottleLimit rather than logging in to machines one by one. For delegated tasks I set up Just Enough Administration (JEA) endpoints so helpdesk staff can run specific commands without being local administrators. I enable script block logging, module logging and transcription and forward them to the SIEM, because attackers love PowerShell, and I sign scripts while remembering that execution policy is not a security boundary. Credentials come from the SecretManagement module backed by a vault or from group managed service accounts, never from plain text in scripts.',
    ),
  ],
  Haskell: [
    q(
      'junior',
      'In Haskell, why would a function return Maybe or Either instead of throwing an exception or returning null?',
      'Checks understanding of typed error handling.',
      'Haskell has no null, so a function that may not find a value returns Maybe a, as lookup does with Nothing or Just value, and the type forces the caller to handle both cases. When I need to say why something failed I use Either, with Left carrying an error and Right the result. Because both are monads, I can chain several steps that may fail in do notation and the first Nothing or Left short-circuits the rest without nested checks. I keep exceptions for truly exceptional IO failures, such as a missing file or a lost connection.',
    ),
    q(
      'mid',
      'A Haskell program uses far more memory than expected on a large input. How do you find and fix a space leak?',
      'Tests practical understanding of laziness and profiling.',
      "I first run it with +RTS -s to see total allocation and maximum residency, then take a heap profile, using -hT on a normal build or -hc on a profiling build, and view it with eventlog2html to see which closures pile up. A classic cause is laziness building chains of unevaluated thunks, for example foldl (+) 0 over a long list, a lazy accumulator in a State monad or a Data.Map updated many times. I fix it with strict versions such as foldl' and Data.Map.Strict, bang patterns or seq on accumulators, and strict data fields marked with !. I then rerun the profile to confirm that residency stays flat.",
    ),
    q(
      'senior',
      'How would you structure a production Haskell service so that effects stay manageable and new team members can contribute?',
      'Looks for pragmatic architecture and team-level judgement.',
      'I keep the core domain logic pure and push IO to the edges, and for the application layer I usually choose the ReaderT pattern, a ReaderT Env IO stack whose environment holds configuration, the logger and database pools. It is easier to debug and teach than deep mtl transformer stacks or a heavyweight effect system, although a library like effectful is worth considering when testing effects in isolation matters a lot. I agree a small set of language extensions on top of GHC2021, enforce formatting with Fourmolu and hints with HLint, and pin GHC and dependencies with a Stackage snapshot or a cabal freeze file for reproducible builds. Clear documentation of the main types and a few idiomatic examples help onboarding more than clever abstractions.',
    ),
  ],
};
