/** Widget speed in real Chromium (filled in with the widget work). */
export async function widgetBench(): Promise<void> {}
