/**
 * A display token as the public endpoints accept it: signed by this project, not
 * expired, and (when a survey is named) for that survey. Anything else is a 403 that
 * names the `token` field.
 * @module
 */
import { verifyToken, type DisplayClaims } from '../crypto'
import type { Project } from '../projects'
import { ApiError } from './problem'

export function acceptDisplayToken(project: Project, token: string, now: number, surveyId?: string): DisplayClaims {
  const t = verifyToken(project.tokenSecret, token, now)
  if (!t.ok) {
    if (t.why === 'expired') throw new ApiError(403, 'token_expired', 'The display token has expired; ask for eligibility again.', [{ field: 'token', message: 'expired' }])
    throw new ApiError(403, 'invalid_token', 'The display token was not issued by this project.', [{ field: 'token', message: 'not valid' }])
  }
  if (t.claims.p !== project.id || (surveyId !== undefined && t.claims.s !== surveyId)) {
    throw new ApiError(403, 'token_mismatch', 'The display token was issued for another survey.', [{ field: 'token', message: 'for another survey' }])
  }
  return t.claims
}
