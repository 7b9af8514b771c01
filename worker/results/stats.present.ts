/**
 * From SQL's count rows to shared/stats' inputs, and from its results to the wire's
 * snake_case. No maths here: NPS, intervals and rates are shared/nps.ts and shared/stats.
 * @module
 */
import type { Counts, NpsResult } from '../../shared/nps'
import { exclusionReason, parseFlags } from '../../shared/stats/exclusion'
import type { CountsRow, FlagsRow } from './stats.queries'

/** SUM() over no rows is NULL: read it as 0. */
export function countsOf(r: CountsRow | undefined): Counts {
  return { promoters: Number(r?.promoters ?? 0), passives: Number(r?.passives ?? 0), detractors: Number(r?.detractors ?? 0) }
}

/**
 * The one reason an uncounted answer is left out. An analyst's exclusion is named as
 * such even when the answer once carried a fraud flag (it was reinstated, then excluded):
 * the analyst's decision is what keeps it out now. Otherwise the precedence of
 * exclusion.ts decides; an uncounted answer without any flag (none is ever stored so)
 * would show as `unreadable_flags`.
 */
export function reasonOf(flagsJson: string): string {
  const flags = parseFlags(flagsJson)
  if (flags.includes('excluded')) return 'excluded'
  return exclusionReason(flags) ?? 'unreadable_flags'
}

/** Excluded answers by reason, from rows grouped by their flags text. */
export function excludedByReason(rows: readonly FlagsRow[]): Record<string, number> {
  const out = new Map<string, number>()
  for (const r of rows) {
    const reason = reasonOf(r.flags)
    out.set(reason, (out.get(reason) ?? 0) + Number(r.answers))
  }
  return Object.fromEntries(out)
}

/** An NPS result in the wire's names. */
export function presentNps(r: NpsResult) {
  return {
    n: r.n,
    promoters: r.promoters,
    passives: r.passives,
    detractors: r.detractors,
    promoter_share: r.promoterShare,
    passive_share: r.passiveShare,
    detractor_share: r.detractorShare,
    nps: r.nps,
    nps_rounded: r.npsRounded,
    margin_of_error: r.marginOfError,
    interval: r.interval,
    low_confidence: r.lowConfidence,
  }
}
