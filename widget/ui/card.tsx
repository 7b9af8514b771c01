/**
 * The survey card: the 0–10 question as a radio group (ScoreStep), then the "why?" comment
 * worded by bucket with the chosen score, which can still be changed (WhyStep), then a
 * thank-you that closes itself (ThanksStep). The score is queued for sending the moment it
 * is chosen; a changed score and the comment go out only after it (outbox.ts keeps the
 * order). A typed comment is sent however the card closes, unless the person skipped it.
 * @module
 */
import { Component, createRef, Fragment, h, type RefObject } from 'preact'
import { format, type Messages } from '../../shared/i18n'
import { uuid } from '../ids'
import { flush, send } from '../outbox'
import type { MountOptions } from '../types'
import { afterFrame } from './later'
import { onBrand } from './theme'
import { charsLeft, counted, MAX_COMMENT, strings as surveyStrings, words } from './words'

export type Step = 'score' | 'comment' | 'thanks'

interface Props {
  options: MountOptions
  /** Built-in strings of the survey's locale (the survey's own texts are laid over them here). */
  messages: Messages
  brand: string
  close(reason: string): void
  /** A person opened it: focus goes to the card once it is shown. Otherwise it is announced politely. */
  takeFocus: boolean
  /** Reveals the card, rendered hidden; false when it was closed meanwhile. */
  ready(): boolean
}
interface State {
  step: Step
  /** The chosen score, -1 before one is chosen. */
  score: number
  /** The radio that takes Tab (roving tabindex). */
  focusedScore: number
  comment: string
  secondsLeft: number
  /** While hidden, the card is built in frames: 0 the question, 1 the labels, 2 "Not now" and the close button, 3 the scale. */
  buildStage: number
  /** Shown without taking focus: the question goes to the polite live region. */
  announce: boolean
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
/** The API lives where the widget's files are served from; this chunk is in its assets/. */
const API = new URL(/* @vite-ignore */ '../v1/', import.meta.url)
/** Seconds the thank-you stays up. */
const THANKS_SECONDS = 5

export class Card extends Component<Props, State> {
  state: State = { step: 'score', score: -1, focusedScore: 0, comment: '', secondsLeft: THANKS_SECONDS, buildStage: 0, announce: false }
  strings = surveyStrings(this.props.messages, this.props.options.shown.survey.texts)
  root = createRef<HTMLDivElement>()
  honeypot = createRef<HTMLInputElement>()
  responseId = ''
  /** The last queued request of this response: a changed score or the comment goes after it. */
  lastRequest = ''
  scoreChanges = 0
  /** Sent or skipped: nothing more to send on close. */
  commentDone = false
  timer?: ReturnType<typeof setInterval>

  componentDidMount() {
    // The card opens hidden and is built over four frames (see `buildStage`), so no task on
    // a slow phone styles and lays out all of it (its font faces are looked up beforehand:
    // faces.ts). Revealing it after that leaves the next frame little but paint; focus or
    // the announcement waits for that frame (taken in the same task, focus would force the
    // style work).
    const next = (): void => {
      afterFrame(() =>
        this.state.buildStage < 3
          ? this.setState({ buildStage: this.state.buildStage + 1 }, next)
          : this.props.ready() && afterFrame(() => (this.props.takeFocus ? this.root.current?.focus({ preventScroll: true }) : this.setState({ announce: true }))),
      )
    }
    next()
    addEventListener('pagehide', this.leave)
  }
  componentDidUpdate(_: Props, previous: State) {
    if (previous.step !== this.state.step) this.focusStep()
  }
  componentWillUnmount() {
    removeEventListener('pagehide', this.leave)
    clearInterval(this.timer)
    // Escape, ×, `tenpoint('close')`, the app closing the page: a typed comment is kept.
    this.sendComment()
  }

  /** The page goes away while a comment is typed: it is sent, with keepalive so it outlives the page. */
  leave = () => this.sendComment() && flush(true, true)

  /** Each step a person moves to puts focus where the next action is, so it is never lost to the page. */
  focusStep() {
    const root = this.root.current
    const step = this.state.step
    const target = step === 'thanks' ? root : root?.querySelector<HTMLElement>(step === 'score' ? '[tabindex="0"]' : 'textarea')
    target?.focus({ preventScroll: true })
  }

  apiUrl(path: string) {
    return `${new URL(path, API)}?key=${encodeURIComponent(this.props.options.key)}`
  }

  /** A score: the answer (POST), or, once answered, a change of the same response (PATCH). */
  choose(score: number) {
    const { options } = this.props
    const survey = options.shown.survey
    const { anonymous_id, user_id, user_hash } = options.who
    let id = this.responseId
    if (!id) {
      id = this.responseId = uuid()
      const body = { id, survey_id: survey.id, token: options.shown.display.token, score, anonymous_id, user_id, user_hash, locale: survey.locale, channel: options.channel ?? 'web', website: this.honeypot.current?.value ?? '' }
      send({ id: (this.lastRequest = 'a:' + id), url: this.apiUrl('responses'), method: 'POST', body: JSON.stringify(body) })
    } else if (score !== this.state.score) {
      const after = this.lastRequest
      send({ id: (this.lastRequest = `s${++this.scoreChanges}:` + id), after, url: this.apiUrl('responses/' + id), method: 'PATCH', body: JSON.stringify({ anonymous_id, score }) })
    } else return this.setState({ step: 'comment' })
    options.emit('answered', { survey_id: survey.id, score, id })
    this.setState({ step: 'comment', score })
  }

  /** The typed comment, once (Send, or the card closing while it is typed); true when it was queued. */
  sendComment() {
    const comment = this.state.comment.trim()
    if (this.commentDone || !comment) return false
    this.commentDone = true
    const { options } = this.props
    const id = this.responseId
    send({ id: 'c:' + id, after: this.lastRequest, url: this.apiUrl('responses/' + id), method: 'PATCH', body: JSON.stringify({ anonymous_id: options.who.anonymous_id, comment }) })
    options.emit('commented', { survey_id: options.shown.survey.id, id })
    return true
  }

  /** Send or Skip (which drops what was typed). */
  finish(withComment: boolean) {
    if (withComment) this.sendComment()
    this.commentDone = true
    this.setState({ step: 'thanks' })
    this.timer = setInterval(() => {
      if (this.state.secondsLeft <= 1) this.props.close('answered')
      else this.setState({ secondsLeft: this.state.secondsLeft - 1 })
    }, 1000)
  }

  /** Close, Escape or "Not now": a dismissal only while no score has been chosen. */
  dismiss() {
    const { options, close } = this.props
    if (this.responseId) return close('answered')
    send({ id: 'd:' + options.shown.display.id, url: this.apiUrl('displays/dismiss'), method: 'POST', body: JSON.stringify({ token: options.shown.display.token }) })
    close('dismissed')
  }

  /** Arrows move focus (mirrored right-to-left), Home/End jump; Enter/Space choose (native button click). */
  moveFocus(e: KeyboardEvent) {
    const back = this.strings.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft'
    const forward = this.strings.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const key = e.key
    const focused = this.state.focusedScore
    const i = key === 'Home' ? 0 : key === 'End' ? 10 : key === forward || key === 'ArrowDown' ? (focused + 1) % 11 : key === back || key === 'ArrowUp' ? (focused + 10) % 11 : -1
    if (i < 0) return
    e.preventDefault()
    this.root.current?.querySelectorAll<HTMLElement>('[role=radio]')[i]?.focus()
  }

  render() {
    const { options, brand } = this.props
    const { strings } = this
    const survey = options.shown.survey
    const state = this.state
    const wording = words(strings, survey.product, Math.max(state.score, 0))
    return (
      <div
        ref={this.root}
        class="card"
        role="dialog"
        aria-labelledby="tp-q"
        data-tenpoint-state={state.step}
        tabIndex={-1}
        dir={strings.dir}
        lang={survey.locale}
        style={{ '--b': brand, '--ob': onBrand(brand) } as Record<string, string>}
        onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), this.dismiss())}
      >
        {state.step === 'score' ? (
          <ScoreStep
            strings={strings}
            heading={wording.question}
            cardState={state}
            honeypot={this.honeypot}
            onChoose={(n) => this.choose(n)}
            onFocusScore={(n) => state.focusedScore !== n && this.setState({ focusedScore: n })}
            onMove={(e) => this.moveFocus(e)}
            onNotNow={() => this.dismiss()}
          />
        ) : state.step === 'comment' ? (
          <WhyStep
            strings={strings}
            heading={wording.why}
            cardState={state}
            locale={survey.locale}
            onCommentInput={(comment) => this.setState({ comment })}
            onChangeScore={() => this.setState({ step: 'score', focusedScore: state.score })}
            onSkip={() => this.finish(false)}
            onSend={() => this.finish(true)}
          />
        ) : (
          <ThanksStep heading={wording.thanks} countdown={counted(strings.closesIn, state.secondsLeft, survey.locale)} />
        )}
        {state.buildStage > 1 && (
          <button type="button" class="close" aria-label={strings.close} onClick={() => this.dismiss()}>
            <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        )}
      </div>
    )
  }
}

/** The question and the 0–10 scale (with the chosen score checked when the person came back to change it). */
function ScoreStep(props: {
  strings: Messages
  heading: string
  cardState: State
  honeypot: RefObject<HTMLInputElement | null>
  onChoose(score: number): void
  onFocusScore(score: number): void
  onMove(e: KeyboardEvent): void
  onNotNow(): void
}) {
  const { strings, cardState: state } = props
  const stage = state.buildStage
  return (
    <>
      <h2 id="tp-q">{props.heading}</h2>
      {/* Polite: a card that opened by itself never takes focus, it is announced. */}
      <p class="offscreen" role="status">
        {state.announce ? props.heading : ''}
      </p>
      <div class="scale" role="radiogroup" aria-label={strings.scaleLabel} aria-describedby="tp-lo tp-hi" onKeyDown={props.onMove}>
        {stage > 2 &&
          SCORES.map((n) => (
            <button
              type="button"
              role="radio"
              aria-checked={n === state.score}
              tabIndex={n === state.focusedScore ? 0 : -1}
              aria-label={format(strings.scoreLabel, { score: n })}
              onClick={() => props.onChoose(n)}
              onFocus={() => props.onFocusScore(n)}
            >
              {n}
            </button>
          ))}
      </div>
      {stage > 0 && (
        <div class="ends">
          <span id="tp-lo">{strings.low}</span>
          <span id="tp-hi">{strings.high}</span>
        </div>
      )}
      {stage > 2 && <input ref={props.honeypot} class="offscreen" name="website" tabIndex={-1} aria-hidden="true" autocomplete="off" />}
      {stage > 1 && state.score < 0 && (
        <div class="actions">
          <button type="button" onClick={props.onNotNow}>
            {strings.notNow}
          </button>
        </div>
      )}
    </>
  )
}

/** "Why?" worded by bucket, the chosen score with a way back to change it, the comment box. */
function WhyStep(props: {
  strings: Messages
  heading: string
  cardState: State
  locale: string
  onCommentInput(comment: string): void
  onChangeScore(): void
  onSkip(): void
  onSend(): void
}) {
  const { strings, cardState: state } = props
  return (
    <>
      <h2 id="tp-q">{props.heading}</h2>
      <p class="note chosen">
        {format(strings.yourScore, { score: state.score })}{' '}
        <button type="button" class="link" onClick={props.onChangeScore}>
          {strings.changeScore}
        </button>
      </p>
      <textarea
        aria-labelledby="tp-q"
        aria-describedby="tp-n"
        maxLength={MAX_COMMENT}
        placeholder={strings.commentPlaceholder}
        value={state.comment}
        onInput={(e) => props.onCommentInput(e.currentTarget.value)}
      />
      <p id="tp-n" class="note">
        {charsLeft(strings, state.comment, props.locale)}
      </p>
      <div class="actions">
        <button type="button" onClick={props.onSkip}>
          {strings.skip}
        </button>
        <button type="button" class="primary" onClick={props.onSend}>
          {strings.send}
        </button>
      </div>
    </>
  )
}

/** The thank-you, worded by bucket, and when it closes. */
function ThanksStep(props: { heading: string; countdown: string }) {
  return (
    <>
      <h2 id="tp-q">{props.heading}</h2>
      <p class="note">{props.countdown}</p>
    </>
  )
}
