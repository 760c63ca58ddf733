/** For the local stand-in servers: on SIGINT or SIGTERM, close, then exit (1 if closing failed). */
export function closeOnSignals(name: string, close: () => Promise<void>): void {
  const stop = (signal: string): void => {
    console.log(`[${name}] ${signal}: stopping`);
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
