/**
 * The management side of the wire contract (secret key or API token): API tokens,
 * project settings, key rotation and surveys, as valibot schemas with their types, and
 * the pure mapping between the wire's snake_case rules and the stored `SurveyRules` /
 * `ProjectRules`. The worker validates with these and /openapi.json is generated from them.
 * @module
 */
export * from './management/imports'
export * from './management/project'
export * from './management/surveys'
export * from './management/tokens'
export * from './management/members'
