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

impl Drop for Timings {
    /// The peak memory once more at the end, also when a stage failed and no lap followed it.
    fn drop(&mut self) {
        if self.on {
            eprintln!(
                "  {:<10} {:>7} ms  peak {:>5} MB",
                "end",
                "",
                peak_memory_kb() / 1024
            );
        }
    }
}

impl Default for Timings {
    fn default() -> Self {
        Self::new()
    }
}

/// The process's peak resident memory so far, in KB (0 where the system does not say).
pub fn peak_memory_kb() -> u64 {
    // This process's own high-water mark. `getrusage` also counts the memory of the process
    // that started herald when it was started without copying (vfork, posix_spawn), as test
    // runners and scripts do.
    #[cfg(target_os = "linux")]
    if let Some(kb) = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| vm_hwm_kb(&s))
    {
        return kb;
    }
    #[cfg(unix)]
    {
        // SAFETY: getrusage only writes into the zeroed struct it is given.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } == 0 {
            let max = usage.ru_maxrss.max(0) as u64;
            // macOS counts bytes, the others KB.
            return if cfg!(target_os = "macos") {
                max / 1024
            } else {
                max
            };
        }
    }
    0
}

/// The `VmHWM` line of `/proc/self/status`, in KB.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn vm_hwm_kb(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line["VmHWM:".len()..]
        .trim()
        .strip_suffix("kB")?
        .trim()
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_high_water_mark() {
        let status = "Name:\therald\nVmPeak:\t  200000 kB\nVmHWM:\t   12345 kB\nVmRSS:\t 100 kB\n";
        assert_eq!(super::vm_hwm_kb(status), Some(12345));
        assert_eq!(super::vm_hwm_kb("Name: x\n"), None);
    }
}
