/**
 * A bundler stand-in for the schema libraries hono-openapi imports on demand but Tenpoint
 * does not use (it uses valibot). wrangler.toml aliases them here so the Workers bundle
 * has no unresolved dynamic imports; never called.
 * @module
 */
export {}
