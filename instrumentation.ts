/**
 * Runs once when the server starts: opens the outcomes store (applying the database migrations)
 * and makes SIGTERM/SIGINT write the buffered outcomes before exit (lib/outcomes/recorder.ts).
 * The server starts even when the database does not answer: recording begins when it does.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startRecording } = await import('./lib/outcomes/recorder');
    await startRecording();
  }
}
