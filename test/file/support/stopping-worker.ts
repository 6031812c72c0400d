/** A sheet reader thread that stops before it answers, as one killed by the system would. */
process.exit(3);
