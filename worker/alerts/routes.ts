/**
 * /v1/alerts — alert channels: Slack (incoming webhook), Telegram (bot token + chat id)
 * and e-mail. They subscribe to events like webhooks do (typically followup.opened,
 * followup.sla_warning, followup.sla_breached, endpoint.disabled, or response.created
 * with a detractor filter) and are delivered through the same outbox, so a Slack outage
 * delays an alert and never loses it.
 * @module
 */
import { endpointRoutes } from '../webhooks/routes'

export const alerts = endpointRoutes(['slack', 'telegram', 'email'], 'alerts', 'an alert channel')
