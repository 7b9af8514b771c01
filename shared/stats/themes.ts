/**
 * Figures per comment theme over a set of counted answers (DESIGN.md "Comment themes"):
 * mentions, share of comments, sentiment shares, share among detractors ("most
 * problematic": detractor comments with the theme ÷ all detractor comments) and NPS
 * impact (NPS of all answers − NPS of the answers that do not mention the theme). Every
 * share comes with the n it is a share of; a share of nothing is null.
 * @module
 */
import type { Counts } from '../nps'

/** All counted answers of the scope. */
export interface ThemeTotals extends Counts {
  /** Of them, with a non-empty comment. */
  comments: number
  /** Of them, detractors (0–6) with a non-empty comment. */
  detractorComments: number
}

/** Counted answers whose comment has the theme. */
export interface ThemeCounts extends Counts {
  theme: string
  negative: number
  positive: number
  neutral: number
}

export interface Share {
  value: number | null
  n: number
}

export interface ThemeFigures {
  theme: string
  mentions: number
  sentiment: { negative: number; positive: number; neutral: number }
  /** mentions ÷ comments. */
  shareOfComments: Share
  /** negative mentions ÷ mentions (and positive alike). */
  negativeShare: Share
  positiveShare: Share
  /** detractors mentioning the theme ÷ detractor comments. */
  detractorShare: Share
  /** NPS (points) of all answers minus NPS without the answers mentioning the theme; one decimal. */
  npsImpact: { value: number | null; nps: number | null; npsWithout: number | null; n: number; nWithout: number }
}

const share = (part: number, n: number): Share => ({ value: n > 0 ? part / n : null, n })
const total = (c: Counts) => c.promoters + c.passives + c.detractors
const exactNps = (c: Counts) => (total(c) > 0 ? ((c.promoters - c.detractors) * 100) / total(c) : null)
const round1 = (x: number) => Math.round(x * 10) / 10

export function themeFigures(t: ThemeTotals, c: ThemeCounts): ThemeFigures {
  const mentions = total(c)
  const all = exactNps(t)
  const without = { promoters: t.promoters - c.promoters, passives: t.passives - c.passives, detractors: t.detractors - c.detractors }
  const rest = exactNps(without)
  return {
    theme: c.theme,
    mentions,
    sentiment: { negative: c.negative, positive: c.positive, neutral: c.neutral },
    shareOfComments: share(mentions, t.comments),
    negativeShare: share(c.negative, mentions),
    positiveShare: share(c.positive, mentions),
    detractorShare: share(c.detractors, t.detractorComments),
    npsImpact: {
      value: all === null || rest === null ? null : round1(all - rest),
      nps: all === null ? null : round1(all),
      npsWithout: rest === null ? null : round1(rest),
      n: total(t),
      nWithout: total(without),
    },
  }
}

/** Most mentioned first; ties by name. */
export function themeTable(t: ThemeTotals, rows: readonly ThemeCounts[]): ThemeFigures[] {
  return rows.map((r) => themeFigures(t, r)).sort((a, b) => b.mentions - a.mentions || a.theme.localeCompare(b.theme))
}
