/**
 * Stand-in for the schema libraries hono-openapi can load but Tenpoint does not use
 * (we use valibot). Aliased in wrangler.toml so the Workers bundle has no unresolved
 * dynamic imports; never called.
 * @module
 */
export {}
