# syntax=docker/dockerfile:1
# One image for the API and the worker (the command picks which).
FROM node:24-bookworm-slim AS deps
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
COPY packages/db/package.json packages/db/
COPY packages/queue/package.json packages/queue/
COPY packages/analyzer/package.json packages/analyzer/
COPY packages/extraction/package.json packages/extraction/
COPY packages/render/package.json packages/render/
COPY packages/testkit/package.json packages/testkit/
RUN pnpm install --frozen-lockfile --prod

# The browser app: built here (Vite), only its static files reach the final image.
FROM node:24-bookworm-slim AS web
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
RUN pnpm install --frozen-lockfile --filter @prepkit/web...
COPY tsconfig.base.json ./
COPY packages/shared packages/shared
COPY apps/web apps/web
RUN pnpm --filter @prepkit/web build

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# Two glibc malloc arenas keep the RSS of concurrent uploads down (README, Scaling).
ENV MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=deps /app /app
COPY apps ./apps
COPY packages ./packages
COPY --from=web /app/apps/web/dist ./apps/web/dist
USER node
EXPOSE 3000
# The API's liveness; a worker container overrides it (compose) with its own port's /healthz.
ENV HEALTHCHECK_URL=http://127.0.0.1:3000/healthz
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(process.env.HEALTHCHECK_URL).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node 24 runs the TypeScript sources directly (type stripping); only the web app is built (stage web).
CMD ["node", "apps/api/src/main.ts"]
