import { defineConfig } from 'vitest/config'

// Unit and route tests sit beside their code; cross-cutting suites (workerd, browser) live in test/.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'worker/**/*.test.ts', 'widget/**/*.test.ts', 'dashboard/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
