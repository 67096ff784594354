/**
 * Preloaded into a bot process by the hardening tests (node --import): on SIGUSR2 it rejects a
 * promise that nobody handles, with the bot's token in the reason, as a careless library might.
 */
process.on('SIGUSR2', () => {
  void Promise.reject(new Error(`a promise nobody awaited failed while using ${process.env.DISCORD_TOKEN}`));
});
