/**
 * The periodic checks of the closed loop that are not deliveries (SLA timers of
 * follow-up cases), run at the start of every delivery pass.
 * @module
 */
import type { Config } from '../config'
import type { Store } from '../db/store'

export function closedLoopChecks(_db: Store, _config: Config) {
  return async (_now: number) => {}
}
