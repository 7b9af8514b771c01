/**
 * The survey card: the 0–10 question as a radio group, then the "why?" comment worded by
 * bucket, then a thank-you that closes itself. The score is queued for sending the moment
 * it is chosen; the comment goes out only after it (outbox.ts keeps the order).
 * @module
 */
import { Component, createRef } from 'preact'
import { format, plural } from '../../shared/i18n'
import { uuid } from '../ids'
import { send } from '../outbox'
import type { MountOptions } from '../types'
import { afterFrame } from './later'
import { onBrand } from './theme'
import { charsLeft, MAX_COMMENT, strings, words } from './words'

export type Step = 'score' | 'comment' | 'thanks'

interface Props {
  o: MountOptions
  brand: string
  close(reason: string): void
  /** Take focus when it opens (not while the person types in the page). */
  grab: boolean
  /** Reveals the card, rendered hidden; false when it was closed meanwhile. */
  ready(): boolean
}
interface State {
  step: Step
  score: number
  /** The radio that takes Tab (roving tabindex). */
  focus: number
  text: string
  secs: number
  /** While hidden, the card is built in frames: 0 the question, 1 the labels, 2 "Not now" and the close button, 3 the scale. */
  stage: number
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
/** The API lives where the widget's files are served from; this chunk is in its assets/. */
const API = new URL(/* @vite-ignore */ '../v1/', import.meta.url)
/** Seconds the thank-you stays up. */
const THANKS_SECS = 5

export class Card extends Component<Props, State> {
  state: State = { step: 'score', score: -1, focus: 0, text: '', secs: THANKS_SECS, stage: 0 }
  m = strings(this.props.o.messages, this.props.o.shown.survey.texts)
  root = createRef<HTMLDivElement>()
  hp = createRef<HTMLInputElement>()
  rid = ''
  timer?: ReturnType<typeof setInterval>

  componentDidMount() {
    // The card opens hidden and is built over four frames (see `stage`), so no task on a
    // slow phone styles and lays out all of it (its font faces are looked up beforehand:
    // faces.ts). Revealing it after that leaves the next frame little but paint, and focus
    // waits for that frame: taken in the same task, it would force the style work.
    const next = (): void => {
      afterFrame(() => (this.state.stage < 3 ? this.setState({ stage: this.state.stage + 1 }, next) : this.props.ready() && this.props.grab && afterFrame(() => this.focusStep())))
    }
    next()
  }
  componentDidUpdate(_: Props, prev: State) {
    if (prev.step !== this.state.step) this.focusStep()
  }
  componentWillUnmount() {
    clearInterval(this.timer)
  }

  /** Each step puts focus where the next action is, so it is never lost to the page. */
  focusStep() {
    const r = this.root.current
    const el = this.state.step === 'thanks' ? r : r?.querySelector<HTMLElement>(this.state.step === 'score' ? '[tabindex="0"]' : 'textarea')
    el?.focus({ preventScroll: true })
  }

  url(path: string) {
    return `${new URL(path, API)}?key=${encodeURIComponent(this.props.o.key)}`
  }

  choose(score: number) {
    const { o } = this.props
    const s = o.shown.survey
    const id = (this.rid = uuid())
    const { anonymous_id, user_id, user_hash } = o.who
    const body = { id, survey_id: s.id, token: o.shown.display.token, score, anonymous_id, user_id, user_hash, locale: s.locale, channel: o.channel ?? 'web', website: this.hp.current?.value ?? '' }
    send({ id: 'a:' + id, url: this.url('responses'), method: 'POST', body: JSON.stringify(body) })
    o.emit('answered', { survey_id: s.id, score, id })
    this.setState({ step: 'comment', score })
  }

  finish(withComment: boolean) {
    const { o } = this.props
    const comment = this.state.text.trim()
    if (withComment && comment) {
      const id = this.rid
      send({ id: 'c:' + id, after: 'a:' + id, url: this.url('responses/' + id), method: 'PATCH', body: JSON.stringify({ anonymous_id: o.who.anonymous_id, comment }) })
      o.emit('commented', { survey_id: o.shown.survey.id, id })
    }
    this.setState({ step: 'thanks' })
    this.timer = setInterval(() => {
      if (this.state.secs <= 1) this.props.close('answered')
      else this.setState({ secs: this.state.secs - 1 })
    }, 1000)
  }

  /** Close, Escape or "Not now": a dismissal only while no score has been chosen. */
  dismiss() {
    const { o, close } = this.props
    if (this.state.score >= 0) return close('answered')
    send({ id: 'd:' + o.shown.display.id, url: this.url('displays/dismiss'), method: 'POST', body: JSON.stringify({ token: o.shown.display.token }) })
    close('dismissed')
  }

  /** Arrows move focus (mirrored right-to-left), Home/End jump; Enter/Space choose (native button click). */
  move(e: KeyboardEvent) {
    const back = this.m.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
    const fwd = this.m.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const k = e.key
    const i = k === 'Home' ? 0 : k === 'End' ? 10 : k === fwd || k === 'ArrowDown' ? (this.state.focus + 1) % 11 : k === back || k === 'ArrowUp' ? (this.state.focus + 10) % 11 : -1
    if (i < 0) return
    e.preventDefault()
    this.root.current?.querySelectorAll<HTMLElement>('[role=radio]')[i]?.focus()
  }

  render() {
    const { o, brand } = this.props
    const { m } = this
    const s = o.shown.survey
    const st = this.state
    const w = words(m, s.product, Math.max(st.score, 0))
    return (
      <div
        ref={this.root}
        class="c"
        role="dialog"
        aria-labelledby="tp-t"
        data-tenpoint-state={st.step}
        tabIndex={-1}
        dir={m.dir}
        lang={s.locale}
        style={{ '--b': brand, '--ob': onBrand(brand) } as Record<string, string>}
        onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), this.dismiss())}
      >
        {st.step === 'score' ? (
          <>
            <h2 id="tp-t">{w.question}</h2>
            <div class="s" role="radiogroup" aria-label={m.scaleLabel} aria-describedby="tp-lo tp-hi" onKeyDown={(e) => this.move(e)}>
              {st.stage > 2 && SCORES.map((n) => (
                <button
                  type="button"
                  role="radio"
                  aria-checked="false"
                  tabIndex={n === st.focus ? 0 : -1}
                  aria-label={format(m.scoreLabel, { score: n })}
                  onClick={() => this.choose(n)}
                  onFocus={() => st.focus !== n && this.setState({ focus: n })}
                >
                  {n}
                </button>
              ))}
            </div>
            {st.stage > 0 && (
              <div class="e">
                <span id="tp-lo">{m.low}</span>
                <span id="tp-hi">{m.high}</span>
              </div>
            )}
            {st.stage > 2 && <input ref={this.hp} class="h" name="website" tabIndex={-1} aria-hidden="true" autocomplete="off" />}
            {st.stage > 1 && (
              <div class="a">
                <button type="button" class="g" onClick={() => this.dismiss()}>
                  {m.notNow}
                </button>
              </div>
            )}
          </>
        ) : st.step === 'comment' ? (
          <>
            <h2 id="tp-t">{w.why}</h2>
            <textarea
              aria-labelledby="tp-t"
              aria-describedby="tp-n"
              maxLength={MAX_COMMENT}
              placeholder={m.commentPlaceholder}
              value={st.text}
              onInput={(e) => this.setState({ text: e.currentTarget.value })}
            />
            <p id="tp-n" class="n">
              {charsLeft(m, st.text, s.locale)}
            </p>
            <div class="a">
              <button type="button" class="g" onClick={() => this.finish(false)}>
                {m.skip}
              </button>
              <button type="button" class="p" onClick={() => this.finish(true)}>
                {m.send}
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id="tp-t">{w.thanks}</h2>
            <p class="n">{plural(m.closesIn, st.secs, s.locale)}</p>
          </>
        )}
        {st.stage > 1 && (
          <button type="button" class="x" aria-label={m.close} onClick={() => this.dismiss()}>
            <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        )}
      </div>
    )
  }
}
