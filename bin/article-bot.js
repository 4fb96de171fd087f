#!/usr/bin/env node
// `npx article-bot <command> …`: the CLI without npm's script banner on stdout, so
// `npx article-bot ask "…" --json | jq .` reads pure JSON. It runs the TypeScript
// sources through tsx (installed by `npm ci`), so it needs no build and is never stale.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/article-bot.ts');
