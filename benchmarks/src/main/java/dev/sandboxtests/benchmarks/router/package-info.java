/**
 * The local router against nginx for plain HTTP (issue 14): {@link dev.sandboxtests.benchmarks.router.RouterUnderLoad}
 * runs the real router in a JVM of its own in front of backends that {@code benchmarks/router-vs-nginx.sh}
 * starts, so wrk and h2load can load it and nginx side by side in one run.
 */
package dev.sandboxtests.benchmarks.router;
