//! How long each stage of a build took and the process's peak memory, printed when
//! `HERALD_TIMINGS` is set (for profiling).

use std::time::Instant;

/// Prints how long each stage took when `HERALD_TIMINGS` is set (for profiling).
pub struct Timings {
    on: bool,
    last: Instant,
}

impl Timings {
    pub fn new() -> Self {
        Timings {
            on: std::env::var_os("HERALD_TIMINGS").is_some(),
            last: Instant::now(),
        }
    }

    /// Ends the stage `stage`: prints its time and the peak memory so far, starts the next.
    pub fn lap(&mut self, stage: &str) {
        if self.on {
            eprintln!(
                "  {stage:<10} {:>7.1} ms  peak {:>5} MB",
                self.last.elapsed().as_secs_f64() * 1000.0,
                peak_memory_kb() / 1024
            );
        }
        self.last = Instant::now();
    }
}

impl Default for Timings {
    fn default() -> Self {
        Self::new()
    }
}

/// The process's peak resident memory so far, in KB (0 where the system does not say).
pub fn peak_memory_kb() -> u64 {
    #[cfg(unix)]
    {
        // SAFETY: getrusage only writes into the zeroed struct it is given.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0 {
            return usage.ru_maxrss.max(0) as u64;
        }
    }
    0
}
