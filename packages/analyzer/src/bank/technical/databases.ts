import type { BankQuestion } from '../bank.types.ts';
import { q } from './make-question.ts';

/** Curated questions for databases, warehouses and data modelling, keyed by canonical name. */
export const DATABASE_QUESTIONS: Record<string, BankQuestion[]> = {
  PostgreSQL: [
    q(
      'junior',
      'What index types does PostgreSQL offer and when would you use something other than B-tree?',
      'Checks practical indexing knowledge beyond the default.',
      'B-tree is the default and handles equality, ranges and sorting. GIN indexes suit values containing many elements, such as `jsonb`, arrays and full-text search vectors, while GiST supports geometric data and range overlap queries. BRIN indexes are tiny and work well on huge append-only tables where values correlate with physical order, like timestamps.',
    ),
    q(
      'mid',
      'How does MVCC work in PostgreSQL and why does VACUUM matter?',
      'Tests understanding of PostgreSQL concurrency and maintenance.',
      'Each UPDATE or DELETE writes a new row version and leaves the old one for transactions that may still see it, so readers never block writers. Dead versions accumulate as bloat until VACUUM marks the space reusable, and autovacuum also freezes old transaction IDs to prevent wraparound. Long-running transactions stop vacuum from cleaning up, which is a classic cause of growing tables and slowing queries.',
    ),
    q(
      'senior',
      'How would you scale a PostgreSQL database that is reaching its limits?',
      'Looks for a staged, pragmatic scaling plan.',
      'First I make the current box efficient: fix slow queries from `pg_stat_statements`, add the right indexes, and put PgBouncer in front because connections are expensive processes. Next come read replicas for read-heavy traffic, accepting replication lag, plus caching and table partitioning for very large time-based tables. Only then do I consider sharding by tenant or key, for example with Citus, because it complicates cross-shard queries and transactions.',
    ),
  ],
  MySQL: [
    q(
      'junior',
      'What is the difference between the InnoDB and MyISAM storage engines in MySQL?',
      'Checks basic MySQL knowledge.',
      'InnoDB is the default and supports transactions, row-level locking, foreign keys and crash recovery, while MyISAM uses table-level locks and offers no transactions or crash safety. InnoDB stores rows clustered by the primary key, so a short, monotonic primary key keeps inserts and secondary indexes efficient. There is very little reason to use MyISAM today.',
    ),
    q(
      'mid',
      'How does a composite index work in MySQL and what is the leftmost-prefix rule?',
      'Tests index design skills.',
      'A composite index on `(a, b, c)` is sorted by `a`, then `b`, then `c`, so it serves queries filtering on `a`, on `a` and `b`, or on all three, but not on `b` alone. A range condition on one column stops the index from narrowing on the columns after it. Ordering columns by equality filters first, then range or sort columns, and including selected columns to get a covering index gives the best plans.',
    ),
    q(
      'senior',
      'How does MySQL replication work and what problems does replication lag cause?',
      'Checks operational experience with replicated MySQL setups.',
      'The primary writes changes to the binary log, and replicas fetch it into a relay log and apply it, asynchronously by default, with semi-synchronous mode waiting for at least one replica to acknowledge. Lag means a user may write on the primary and then read stale data from a replica, so read-your-own-writes paths should hit the primary or wait for a position. Large transactions and single-threaded apply cause lag, which parallel replication and smaller batches reduce.',
    ),
  ],
  MongoDB: [
    q(
      'junior',
      'When would you embed documents and when would you reference them in MongoDB?',
      'Checks the core schema-design decision in MongoDB.',
      'Embed data that is read together with its parent and bounded in size, such as the line items of an order, so one read returns everything atomically. Reference data that is shared, grows without bound or is queried independently, such as a user and their thousands of comments. Design around your access patterns, and remember the 16 MB document limit.',
    ),
    q(
      'mid',
      'How do indexes and the aggregation pipeline work in MongoDB?',
      'Tests query performance knowledge in MongoDB.',
      'Indexes work like B-trees on one or more fields, and compound indexes follow the equality, sort, range rule for field order. The aggregation pipeline passes documents through stages such as `$match`, `$group`, `$lookup` and `$project`; putting `$match` and `$sort` early lets them use indexes and shrinks the data for later stages. I verify with `explain("executionStats")` that queries avoid collection scans.',
    ),
    q(
      'senior',
      'How do you choose a shard key in MongoDB?',
      'Looks for understanding of distribution and query routing at scale.',
      'A good shard key has high cardinality, spreads writes evenly and matches the most common query filters so queries target one shard instead of broadcasting. A monotonically increasing key such as a timestamp sends all inserts to one chunk, which hashed sharding or a compound key avoids. Changing the key later is costly, even with resharding support, so I model it against real traffic first.',
    ),
  ],
  Redis: [
    q(
      'junior',
      'What data structures does Redis provide and what are typical uses?',
      'Checks knowledge beyond using Redis as a plain key-value cache.',
      'Besides strings, Redis has hashes for objects, lists for queues, sets for unique membership, sorted sets for leaderboards and time-ordered data, streams for append-only event logs, and bitmaps and HyperLogLog for compact counting. Commands operate atomically on these structures server-side. Keys can expire with a TTL, which makes caching and rate limiting simple.',
    ),
    q(
      'mid',
      'How do you implement a cache with Redis and handle invalidation and stampedes?',
      'Tests practical caching design.',
      'With cache-aside, the application reads Redis first, falls back to the database on a miss and writes the result with a TTL, and it deletes the key when the underlying data changes. A cache stampede happens when a hot key expires and many requests rebuild it at once, which I prevent with a short lock, request coalescing, or early probabilistic refresh. TTL jitter avoids many keys expiring together, and an eviction policy such as `allkeys-lru` bounds memory.',
    ),
    q(
      'senior',
      'What are the durability and availability trade-offs of Redis persistence and replication?',
      'Checks whether the candidate knows when Redis can lose data.',
      'RDB snapshots are compact but lose writes since the last snapshot, while the append-only file with `fsync` every second loses at most about a second; both can be combined. Replication is asynchronous, so a failover via Sentinel or Redis Cluster can drop recently acknowledged writes. Redis therefore suits caches, sessions, rate limits and queues that tolerate small loss, while critical records belong in a durable database.',
    ),
  ],
  'SQL Server': [
    q(
      'junior',
      'What is the difference between a clustered and a non-clustered index in SQL Server?',
      'Checks how SQL Server physically stores tables.',
      'The clustered index defines the physical order of the table rows, so there is only one, and it is usually the primary key. A non-clustered index is a separate structure with the key columns and a pointer to the row, and `INCLUDE` columns can make it covering so no lookup is needed. A narrow, ever-increasing clustered key keeps inserts and all secondary indexes efficient.',
    ),
    q(
      'mid',
      'What is parameter sniffing in SQL Server and how do you deal with it?',
      'Tests real-world query tuning knowledge.',
      'SQL Server compiles a plan using the parameter values of the first execution and caches it, which can be terrible for later values with very different selectivity. Symptoms are a procedure that is fast for some inputs and slow for others. Options include `OPTION (RECOMPILE)` for infrequent queries, `OPTIMIZE FOR`, better indexes that make one plan good for all values, and Query Store to force a known good plan.',
    ),
    q(
      'senior',
      'How do isolation levels and locking work in SQL Server, and when would you use snapshot isolation?',
      'Checks concurrency tuning experience.',
      'Under the default READ COMMITTED, readers take shared locks and can block or be blocked by writers, which causes contention and deadlocks under load. READ COMMITTED SNAPSHOT and SNAPSHOT isolation read row versions from tempdb instead, so readers do not block writers. The cost is tempdb usage and, for SNAPSHOT, update conflicts that the application must retry.',
    ),
  ],
  'Oracle Database': [
    q(
      'mid',
      'How do you read an execution plan in Oracle Database?',
      'Checks query tuning skills on Oracle.',
      'I get the actual plan with `DBMS_XPLAN.DISPLAY_CURSOR` and runtime statistics, then compare estimated and actual rows to find where the optimiser misjudged cardinality. Full scans on large tables, nested loops over many rows and repeated index lookups stand out. Fixes are usually fresh statistics, histograms for skewed data, a better index, or rewriting the query, with hints as a last resort.',
    ),
    q(
      'senior',
      'What are bind variables in Oracle Database and why do they matter for performance?',
      'Tests understanding of shared SQL and parsing costs.',
      'Bind variables keep the SQL text identical across executions, so Oracle reuses the parsed cursor from the shared pool instead of hard parsing each literal-laden statement. Without them, heavy OLTP workloads suffer latch contention and pool fragmentation, and they are also the defence against SQL injection. Adaptive cursor sharing addresses skewed data where one plan does not fit all values.',
    ),
  ],
  Elasticsearch: [
    q(
      'junior',
      'How does Elasticsearch find documents so quickly for full-text search?',
      'Checks understanding of the inverted index.',
      'Text fields are analysed into tokens (lowercased, stemmed, with stop words optionally removed) and stored in an inverted index mapping each term to the documents containing it. A query is analysed the same way and matched against those lists, then results are ranked by relevance with BM25. Keyword fields are not analysed and suit exact filters, sorting and aggregations.',
    ),
    q(
      'mid',
      'How do you design mappings and shards for an Elasticsearch index?',
      'Tests capacity and schema planning.',
      'I define explicit mappings rather than relying on dynamic mapping, choosing `text` versus `keyword` per field and disabling indexing for fields never searched. Shards are the unit of distribution, and too many small shards waste memory, so a common target is shards of tens of gigabytes. For time-series data I use data streams or rollover with lifecycle policies that move old indices to cheaper tiers.',
    ),
  ],
  Cassandra: [
    q(
      'mid',
      'How do you model data in Cassandra?',
      'Checks query-first data modelling for wide-column stores.',
      'You design one table per query: the partition key decides which node holds the data and should spread load evenly, and clustering columns define sort order within a partition. Joins do not exist, so data is denormalised and written to several tables. Partitions must stay bounded in size, which is why time-series keys often include a time bucket.',
    ),
    q(
      'senior',
      'Explain tunable consistency in Cassandra.',
      'Tests understanding of distributed trade-offs.',
      'Each read and write chooses how many replicas must respond, such as ONE, QUORUM or ALL. When read replicas plus write replicas exceed the replication factor, for example QUORUM on both with three replicas, reads see the latest acknowledged write. Lower levels give lower latency and higher availability at the cost of possibly stale reads, and LOCAL_QUORUM keeps latency low across data centres.',
    ),
  ],
  DynamoDB: [
    q(
      'mid',
      'How do partition keys, sort keys and secondary indexes work in DynamoDB?',
      'Checks understanding of DynamoDB access patterns.',
      'The partition key is hashed to pick a storage partition, and the optional sort key orders items within it so you can query ranges such as all orders of a customer by date. A global secondary index offers a different key pair with its own capacity and eventually consistent reads, while a local secondary index shares the partition key. You design keys from the access patterns up front, because scans are slow and expensive.',
    ),
    q(
      'senior',
      'What is single-table design in DynamoDB and when is it worth it?',
      'Tests advanced DynamoDB modelling judgement.',
      'Single-table design stores several entity types in one table with generic keys like `PK=CUSTOMER#42` and `SK=ORDER#2024-01-05`, so related items can be fetched in one query. It gives great performance for well-known access patterns but makes ad-hoc queries and evolving requirements harder. For applications whose queries are still changing, a few simpler tables can be the better trade.',
    ),
  ],
  SQLite: [
    q(
      'junior',
      'When is SQLite a good choice and when is it not?',
      'Checks judgement about embedded databases.',
      'SQLite is a serverless database in a single file, ideal for mobile and desktop apps, tests, edge devices and small or read-heavy websites. It supports transactions and most SQL, and it is extremely reliable. It is a weaker fit for many concurrent writers across machines, since there is one writer at a time per database.',
    ),
    q(
      'mid',
      'What does WAL mode change in SQLite?',
      'Tests practical tuning knowledge for SQLite.',
      'In write-ahead logging mode, changes are appended to a separate WAL file and checkpointed into the database later, so readers keep reading a consistent snapshot while a writer works. That removes most reader-writer blocking and usually speeds up writes. Combined with a busy timeout and short transactions, it handles far more concurrent load than the default rollback journal.',
    ),
  ],
  Snowflake: [
    q(
      'mid',
      'How does Snowflake separate storage and compute, and why does it matter?',
      'Checks understanding of the Snowflake architecture.',
      'Data lives once in cloud object storage in compressed micro-partitions, while queries run on virtual warehouses that can be sized and started independently. Different workloads, such as ETL and BI dashboards, get their own warehouses so they do not compete, and warehouses auto-suspend to stop billing. Cost control means right-sizing warehouses and watching query and credit usage.',
    ),
    q(
      'senior',
      'How do you make large Snowflake queries faster and cheaper?',
      'Tests warehouse performance tuning.',
      'I check the query profile for how many micro-partitions were scanned and improve pruning through filters on well-clustered columns or a clustering key on very large tables. Selecting only needed columns, avoiding exploding joins and materialising expensive intermediate results also help. Result caching, appropriate warehouse size and incremental models keep recurring costs down.',
    ),
  ],
  BigQuery: [
    q(
      'mid',
      'How is BigQuery priced and how do you reduce query costs?',
      'Checks practical cost awareness for BigQuery.',
      'On-demand pricing charges by bytes scanned, so `SELECT *` on a wide table is expensive even with a `LIMIT`. Partitioning tables by date and clustering them by common filter columns lets queries read only relevant blocks, and a dry run or the query validator shows the bytes before running. Capacity-based pricing with reservations suits heavy, predictable workloads.',
    ),
    q(
      'senior',
      'How would you design BigQuery tables for a large event analytics workload?',
      'Tests warehouse modelling at scale.',
      'I land raw events in a table partitioned by event date and clustered by frequently filtered fields, using nested and repeated fields to avoid costly joins for one-to-many data. Curated layers are built incrementally with scheduled queries or dbt, and partition filters are required on big tables to prevent full scans. Materialised views or aggregate tables serve dashboards cheaply.',
    ),
  ],
  Redshift: [
    q(
      'mid',
      'What are distribution styles and sort keys in Amazon Redshift?',
      'Checks Redshift-specific physical design.',
      'Distribution style decides how rows are spread across nodes: KEY co-locates rows with the same join key, ALL copies small dimension tables to every node, and EVEN spreads rows round-robin. Matching distribution keys on large joined tables avoids shuffling data across the network. Sort keys order data on disk so zone maps can skip blocks for range filters such as dates.',
    ),
    q(
      'senior',
      'How do you handle concurrency and workload management in Redshift?',
      'Tests operating Redshift under mixed workloads.',
      'Workload management queues separate ETL, BI and ad-hoc queries with their own memory and concurrency, and automatic WLM with query priorities simplifies this. Concurrency scaling adds transient capacity for bursts of reads. Loading in bulk with COPY, avoiding many small commits and keeping statistics fresh prevent queue build-up.',
    ),
  ],
  Neo4j: [
    q(
      'mid',
      'When is a graph database like Neo4j a better fit than a relational database?',
      'Checks understanding of graph workloads.',
      'When queries traverse many relationships of variable depth, such as friends of friends, fraud rings or dependency chains, a graph database follows stored pointers instead of repeated joins, so traversal cost depends on the part of the graph touched. Cypher expresses these patterns concisely. For simple tabular queries and aggregations, a relational database is usually simpler.',
    ),
    q(
      'senior',
      'How do you keep Cypher queries fast in Neo4j?',
      'Tests graph query performance knowledge.',
      'Queries should start from an indexed node lookup, such as a user by ID, rather than scanning by label, and variable-length patterns need an upper bound. I read the PROFILE output for db hits and cartesian products, and watch for super nodes with millions of relationships. Parameters instead of literals let Neo4j cache query plans.',
    ),
  ],
  NoSQL: [
    q(
      'junior',
      'What are the main types of NoSQL databases and what is each good for?',
      'Checks breadth of database knowledge.',
      'Key-value stores like Redis and DynamoDB give fast lookups by key, and document stores like MongoDB hold flexible JSON-like records. Wide-column stores like Cassandra handle huge write-heavy datasets partitioned by key, and graph databases like Neo4j excel at relationship traversal. Each trades the general query power and joins of SQL for scale or flexibility in a specific access pattern.',
    ),
    q(
      'mid',
      'How do you decide between a relational database and a NoSQL store for a new service?',
      'Tests architectural judgement rather than hype.',
      'I start from the data and access patterns: if data is relational, needs multi-row transactions and ad-hoc queries, a relational database is the default. NoSQL wins when access patterns are known and simple, scale or write throughput exceeds a single node, or the schema varies widely per record. Team familiarity and operational cost matter too, and PostgreSQL with `jsonb` covers many semi-structured cases.',
    ),
  ],
  'Data Modeling': [
    q(
      'mid',
      'What is normalisation and when would you denormalise?',
      'Checks relational modelling fundamentals.',
      'Normalisation, up to third normal form, stores each fact once so updates cannot create inconsistencies, splitting data into related tables by key. Denormalisation deliberately duplicates data, such as storing an order total or a customer name on an invoice, to speed up reads or to capture a historical snapshot. In analytics, star schemas denormalise dimensions on purpose for simpler, faster queries.',
    ),
    q(
      'senior',
      'What is a star schema, and how do you handle slowly changing dimensions?',
      'Tests dimensional modelling for analytics.',
      'A star schema has fact tables of measurable events at a declared grain, such as one row per order line, surrounded by dimension tables like customer, product and date. Slowly changing dimension type 1 overwrites attributes, losing history, while type 2 adds a new row with validity dates so facts join to the version that was true at the time. Choosing the grain and SCD type per attribute is the key design decision.',
    ),
  ],
  Databases: [
    q(
      'junior',
      'What is the difference between a relational and a document database, and when would you use each?',
      'Checks basic knowledge of database models.',
      'A relational database stores data in tables with a fixed schema and links them with keys, so joins, constraints and transactions keep related data consistent. A document database stores each record as a self-contained document, which suits data that is read and written as a whole and whose shape varies. I default to a relational database for business data with many relationships, and choose documents when the access pattern is mostly one record at a time.',
    ),
    q(
      'mid',
      'How do you choose indexes for a table, and what do they cost?',
      'Tests understanding of indexing trade-offs.',
      'I look at the queries the application actually runs and index the columns they filter, join and sort on, with the most selective column first in a composite index. I confirm with the query plan that the index is used. Every index slows writes and takes space, so I drop the ones no plan uses and avoid indexing columns with few distinct values.',
    ),
    q(
      'senior',
      'How would you plan a schema change on a large table without downtime?',
      'Checks experience with safe database migrations in production.',
      'I split the change into steps that each work with both the old and the new code: add the new column or table, write to both, backfill in small batches, switch the reads, then remove the old structure in a later release. Each step can be reversed and is tried on a copy of production data first. During the backfill I watch locks, replication lag and error rates, and pause it if they rise.',
    ),
  ],
  Airtable: [
    q(
      'junior',
      'In Airtable, how do linked record fields differ from simply typing the same name into a text field in two tables?',
      'Checks basic relational thinking in Airtable.',
      "A linked record field creates a real relationship between tables, so a project can link to its client record instead of repeating the client's name as text. I can then add lookup fields to pull values like the client's email and rollup fields to sum or count values across linked records. If the client's details change, every linked record sees the update, and there is no risk of typos creating duplicate names.",
    ),
    q(
      'mid',
      'How would you use Airtable forms, views and automations to run a request-tracking workflow for a team?',
      'Tests practical workflow building in Airtable.',
      'I collect requests through an Airtable form into a table with a single-select Status field, an assignee and a due date. I create filtered and grouped views, such as a Kanban view by status and a My requests view, or an interface for people who only need to act on records. Automations with triggers such as When a record matches conditions send an email or Slack message to the assignee, and I restrict who can edit the Status field so the process is followed.',
    ),
    q(
      'senior',
      "How would you decide when a team's Airtable base has outgrown Airtable, and how would you govern it until then?",
      'Looks for judgement on scale limits and data governance.',
      "I watch for signs such as approaching the plan's record limit per base, integrations hitting the API limit of five requests per second per base, or logic that needs transactions and strict constraints. Until then I document tables and field descriptions, restrict editing of tables and fields, give most users interfaces rather than the raw grid, and use sync to share data between bases instead of copying it. If a move is needed, I design a proper relational schema in a database like PostgreSQL and migrate in stages while keeping Airtable as a front end if that suits the team.",
    ),
  ],
  'Data Lake': [
    q(
      'junior',
      'Why is data in a data lake usually stored as Parquet files partitioned by date rather than as raw CSV?',
      'Checks understanding of file formats and partitioning.',
      'Parquet is a columnar format, so a query that needs three columns reads only those columns, and it stores types, compression and min/max statistics that let engines skip whole row groups. CSV has no types, compresses poorly and must be read in full. Partitioning the data lake by a column that queries usually filter on, such as event_date, lets engines like Athena, Spark or Trino prune partitions and scan only the days I ask for. I avoid partitioning on high-cardinality columns, because that creates many tiny files that slow everything down.',
    ),
    q(
      'mid',
      'How do you stop a data lake from turning into a data swamp that nobody trusts?',
      'Tests practical organisation and governance of a data lake.',
      'I organise the data lake in layers, typically raw, cleaned and curated, often called bronze, silver and gold, with clear rules about what each layer guarantees. Every data set is registered in a catalogue such as AWS Glue Data Catalog, Unity Catalog or DataHub, with an owner, a description, a schema and its lineage. I add automated quality checks, for example with Great Expectations or dbt tests, on the way into the curated layer, and I set retention and lifecycle rules so abandoned data is archived or deleted instead of piling up.',
    ),
    q(
      'senior',
      'How would you handle GDPR deletion requests and fine-grained access control in a data lake built on object storage?',
      'Looks for design judgement on privacy and governance at scale.',
      'Plain Parquet files on S3 are immutable, so deleting one person means rewriting files, which is why I would use an open table format such as Apache Iceberg, Delta Lake or Hudi that supports row-level DELETE and tracks files in a transaction log. I still have to expire old snapshots and vacuum obsolete files, otherwise the deleted rows remain in time-travel history. For access I do not rely on bucket-level IAM alone but use a governance layer such as AWS Lake Formation or Unity Catalog for table, column and row-level permissions, and I keep personal data in a few tables, ideally pseudonymised with a key mapping that can be destroyed. I test the deletion process end to end and keep an audit log showing when each request was completed.',
    ),
  ],
  'Data Warehousing': [
    q(
      'junior',
      'In data warehousing, why do we build a separate warehouse instead of running reports directly on the production database?',
      'Checks understanding of OLTP versus OLAP workloads.',
      'Production databases are OLTP systems tuned for many small reads and writes, and heavy analytical queries would compete with the application and slow it down. A data warehouse such as Snowflake, BigQuery or Redshift is an OLAP system, usually columnar and built for scanning and aggregating millions of rows. I also use the warehouse to combine data from several sources, keep history that the application overwrites, and present it in a consistent, documented model that analysts can trust.',
    ),
    q(
      'mid',
      'In data warehousing, how do you choose the grain of a fact table, and how do you deal with late-arriving data?',
      'Tests practical dimensional modelling and loading skills.',
      'I define the grain as the most atomic business event the source can provide, for example one row per order line rather than per order, because I can always aggregate up but never split down. Every measure and dimension key must match that grain, otherwise sums double count. For late-arriving facts I load them with their real event date and reprocess a rolling window of recent partitions. For facts that arrive before their dimension I point them at an inferred member row that is updated when the full dimension record lands, rather than dropping them.',
    ),
    q(
      'senior',
      'How would you plan the migration of a large on-premises data warehouse to a cloud data warehousing platform?',
      'Looks for migration planning, risk control and cost awareness.',
      'I start with an inventory of tables, ETL jobs, reports and their users, using query logs to find what is actually used, because a large share can often be retired rather than migrated. I migrate in slices by subject area, running old and new in parallel and reconciling row counts, totals and key reports automatically before switching consumers over. I avoid a pure lift-and-shift of stored procedures and indexes, and instead redesign for the target, for example ELT with dbt, clustering or partitioning instead of indexes, and separate compute for each workload. Cost controls, access roles and a decommissioning date for the old system are part of the plan from the start, otherwise teams end up paying for both.',
    ),
  ],
  'Database Administration': [
    q(
      'junior',
      'A user reports that a query that used to be fast is now slow. What do you check first as a database administrator?',
      'Checks a methodical first response to a performance complaint.',
      'I first check whether the query is blocked by another session holding locks, because that is quick to confirm and common. Then I look at the actual execution plan and compare it with the plan and timings from before, for example from Query Store on SQL Server or pg_stat_statements and auto_explain logs on PostgreSQL, looking for a changed plan, a table scan where an index seek used to happen, or estimates far from the real row counts. Stale statistics after a big data load are a frequent cause, so I check when they were last updated. I also look at server-level waits such as CPU, I/O or memory pressure to see whether the whole system is slow and not just this query.',
    ),
    q(
      'mid',
      'How do you set up backups so that you can restore a production database to a specific point in time, and how do you prove they work?',
      'Tests practical backup design and restore testing.',
      'I combine regular full backups with continuous transaction log backups, for example the full recovery model with log backups every 15 minutes on SQL Server, or base backups plus WAL archiving with pgBackRest on PostgreSQL, so I can replay to just before a bad delete. Backups are encrypted, copied off the server to a separate account or immutable storage, and kept for a retention period agreed with the business. I prove they work with an automated job that restores the latest backup to a scratch server, runs an integrity check such as DBCC CHECKDB and a few row-count queries, and records how long the restore took against the recovery time objective. A backup that has never been restored I treat as unknown, not as safe.',
    ),
    q(
      'senior',
      'How would you run database administration for several hundred databases with a small team?',
      'Looks for automation, standardisation and prioritisation at scale.',
      "I would standardise first: a small number of supported engines and versions, builds defined in code with consistent configuration, backup policy and monitoring, so every database is handled the same way. Routine work such as patching, backups, restore tests, index maintenance and user provisioning would be automated and scheduled, with self-service for developers where it is safe, for example requesting a database or a read-only login through a pipeline. I would tier the estate by business criticality so the team's attention and high availability spending go to the databases that matter most. Central monitoring with alerts on symptoms such as replication lag, failed backups and disk growth would let us act before users notice, and I would review alert noise and toil regularly to decide what to automate next.",
    ),
  ],
};
