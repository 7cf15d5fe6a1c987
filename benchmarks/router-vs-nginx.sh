#!/usr/bin/env bash
# The local router against nginx as a header router, side by side in one run (issue 14).
#
# Starts, on 127.0.0.1:
#   - two near-free backends (one nginx, one worker): baseline on :18081, fork on :18082, each answering
#     `200 ok` at once; the baseline also on :18091 speaking h2c, for the direct h2c path;
#   - nginx as the header router (Debian's package, its default worker_processes auto): :18180 HTTP/1.1,
#     :18181 h2c, sending a request whose `baggage` carries `sd-routing-key=<key>` to the fork and every
#     other request to the baseline (a `map` on $http_baggage, keep-alive upstream connections);
#   - the local router (RouterUnderLoad, the real one through SandboxSession) in a JVM of its own, in front
#     of the same two backends.
# Then, in rounds, each path back to back:
#   - wrk, HTTP/1.1 keep-alive, 1 connection: p50 and the proxy's CPU per request (utime+stime of its
#     processes from /proc, divided by the requests answered), and of that the kernel's share (stime);
#   - wrk, 16 connections, 2 threads: requests per second;
#   - h2load, h2c prior knowledge: 1 connection 1 stream (mean latency, CPU per request), and 16 connections.
# Paths: direct (client → backend), nginx, router (baseline), routerFork (with the sandbox's baggage).
#
# Usage, after `mvn -B package -pl benchmarks -am -DskipTests` in the repository root:
#   bash benchmarks/router-vs-nginx.sh [rounds] [seconds-per-measure] [output-directory]
#   (defaults: 3 rounds, 8 s, benchmarks/target/router-vs-nginx)
# BENCHMARKS_JAR runs the router of another build (e.g. one of an earlier commit, for a before/after).
# ROUTER_JAVA_OPTS adds options to the router's JVM, e.g. a profile of the whole run:
#   ROUTER_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/router.jfr,settings=profile bash benchmarks/router-vs-nginx.sh 1
# Needs nginx, wrk and h2load: apt-get install -y nginx-light wrk nghttp2-client
# Writes results.tsv (one line per measure) and summary.md (medians over rounds, ratios) to the output directory.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-3}
seconds=${2:-8}
out=${3:-benchmarks/target/router-vs-nginx}
jar=${BENCHMARKS_JAR:-benchmarks/target/benchmarks.jar}
for tool in nginx wrk h2load; do
  if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
    echo "No $tool: apt-get install -y nginx-light wrk nghttp2-client" >&2
    exit 1
  fi
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -f "$jar" ]; then
  echo "No $jar: build it first with mvn -B package -pl benchmarks -am -DskipTests" >&2
  exit 1
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out"/nginx-* "$out"/*.tsv "$out"/*.md "$out"/*.log

router_pid=""
cleanup() {
  if [ -n "$router_pid" ]; then
    # Ending its input stops the router JVM the orderly way (a recording asked for in ROUTER_JAVA_OPTS is written).
    [ -n "${ROUTER[1]:-}" ] && eval "exec ${ROUTER[1]}>&-"
    for _ in $(seq 1 100); do kill -0 "$router_pid" 2>/dev/null || break; sleep 0.1; done
    kill "$router_pid" 2>/dev/null || true
  fi
  for conf in backends proxy; do
    [ -f "$out/nginx-$conf/nginx.pid" ] && kill "$(cat "$out/nginx-$conf/nginx.pid")" 2>/dev/null || true
  done
}
trap cleanup EXIT

nginx_conf() { # name, workers, http block
  mkdir -p "$out/nginx-$1"
  cat > "$out/nginx-$1/nginx.conf" <<CONF
worker_processes $2;
pid $out/nginx-$1/nginx.pid;
error_log $out/nginx-$1/error.log warn;
daemon on;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $out/nginx-$1/body;
  proxy_temp_path $out/nginx-$1/proxy;
  fastcgi_temp_path $out/nginx-$1/fastcgi;
  uwsgi_temp_path $out/nginx-$1/uwsgi;
  scgi_temp_path $out/nginx-$1/scgi;
$3
}
CONF
  "$nginx_bin" -p "$out/nginx-$1" -c "$out/nginx-$1/nginx.conf"
}

nginx_conf backends 1 '
  server { listen 127.0.0.1:18081; location / { return 200 "baseline ok\n"; } }
  server { listen 127.0.0.1:18082; location / { return 200 "fork ok\n"; } }
  server { listen 127.0.0.1:18091 http2; location / { return 200 "baseline ok\n"; } }'

# The router JVM first: the proxy's map needs the sandbox's key.
coproc ROUTER { exec java -Xms256m -Xmx256m -XX:+AlwaysPreTouch ${ROUTER_JAVA_OPTS:-} -Drouter.baseline=http://127.0.0.1:18081 -Drouter.fork=http://127.0.0.1:18082 \
  -cp "$jar" dev.sandboxtests.benchmarks.router.RouterUnderLoad 2>"$out/router.log"; }
router_pid=$ROUTER_PID
line=""
while [[ "$line" != router=* ]]; do
  if ! read -r line <&"${ROUTER[0]}"; then echo "The router JVM ended before it listened: see $out/router.log" >&2; exit 1; fi
done
router=$(sed -E 's/.*router=([^ ]+).*/\1/' <<<"$line")
key=$(sed -E 's/.* key=([^ ]+).*/\1/' <<<"$line")
header=$(sed -E 's/.* header=(.*)$/\1/' <<<"$line")
echo "router $router, key $key, fork header '$header' (JVM pid $router_pid)"

nginx_conf proxy auto "
  map \$http_baggage \$sandbox_upstream {
    \"~(^|[,;[:space:]])sd-routing-key=$key([[:space:]]*(;|,|\$))\" fork;
    default baseline;
  }
  upstream baseline { server 127.0.0.1:18081; keepalive 64; }
  upstream fork { server 127.0.0.1:18082; keepalive 64; }
  server {
    listen 127.0.0.1:18180;
    listen 127.0.0.1:18181 http2;
    location / {
      proxy_pass http://\$sandbox_upstream;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
    }
  }"
sleep 0.5

# Every path must answer as expected before anything is measured.
check() { # url, expected body, [header]
  local body
  if [ -n "${3:-}" ]; then body=$(curl -s -H "$3" "$1"); else body=$(curl -s "$1"); fi
  if [ "$body" != "$2" ]; then echo "$1 ${3:+with '$3' }answered '$body', expected '$2'" >&2; exit 1; fi
}
check http://127.0.0.1:18081/ "baseline ok"
check http://127.0.0.1:18180/ "baseline ok"
check http://127.0.0.1:18180/ "fork ok" "$header"
check "$router/" "baseline ok"
check "$router/" "fork ok" "$header"
check "$router/" "baseline ok" "baggage: sd-routing-key=someoneelse1234"

router_port=${router##*:}
cpu_ticks() { # [sys] pids... → utime+stime in clock ticks, or with "sys" first stime alone (the kernel's share)
  local total=0 pid field_sum=1
  if [ "$1" = sys ]; then field_sum=0; shift; fi
  for pid in "$@"; do
    read -r -a f < "/proc/$pid/stat"
    total=$((total + f[14] + field_sum * f[13]))
  done
  echo $total
}
proxy_pids() { # path
  case $1 in
    direct*) echo "" ;;
    nginx*) local master; master=$(cat "$out/nginx-proxy/nginx.pid"); echo "$master $(pgrep -P "$master" | tr '\n' ' ')" ;;
    router*) echo "$router_pid" ;;
  esac
}
url_h1() { case $1 in direct*) echo http://127.0.0.1:18081/ ;; nginx*) echo http://127.0.0.1:18180/ ;; router*) echo "$router/" ;; esac; }
url_h2() { case $1 in direct*) echo http://127.0.0.1:18091/ ;; nginx*) echo http://127.0.0.1:18181/ ;; router*) echo "$router/" ;; esac; }
hdr() { case $1 in *Fork) echo "$header" ;; *) echo "" ;; esac; }
tick_us=$((1000000 / $(getconf CLK_TCK)))

results="$out/results.tsv"
printf 'round\tpath\tmeasure\tvalue\tunit\n' > "$results"
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >> "$results"; }

wrk_run() { # path connections threads → prints "p50_us requests rps cpu_ticks sys_ticks"
  local path=$1 url h pids before after sys_before sys_after log
  url=$(url_h1 "$path"); h=$(hdr "$path"); pids=$(proxy_pids "$path")
  before=$( [ -n "$pids" ] && cpu_ticks $pids || echo 0)
  sys_before=$( [ -n "$pids" ] && cpu_ticks sys $pids || echo 0)
  log=$(wrk -t"$3" -c"$2" -d"${seconds}s" --latency ${h:+-H "$h"} "$url")
  after=$( [ -n "$pids" ] && cpu_ticks $pids || echo 0)
  sys_after=$( [ -n "$pids" ] && cpu_ticks sys $pids || echo 0)
  local p50 requests rps
  p50=$(awk '$1=="50%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); print v} else if (v ~ /ms$/) {sub(/ms/,"",v); print v*1000} else {sub(/s/,"",v); print v*1000000}}' <<<"$log")
  requests=$(awk '/requests in/ {print $1}' <<<"$log")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$log")
  if grep -q "Non-2xx\|Socket errors" <<<"$log"; then echo "wrk on $path reported errors:" >&2; echo "$log" >&2; exit 1; fi
  echo "$p50 $requests $rps $((after - before)) $((sys_after - sys_before))"
}
h2_run() { # path clients → prints "mean_us requests rps cpu_ticks"
  local path=$1 url h pids before after log threads=1
  url=$(url_h2 "$path"); h=$(hdr "$path"); pids=$(proxy_pids "$path")
  [ "$2" -gt 1 ] && threads=2
  before=$( [ -n "$pids" ] && cpu_ticks $pids || echo 0)
  log=$(h2load -c"$2" -m1 -t"$threads" -D "$seconds" ${h:+-H "$h"} "$url")
  after=$( [ -n "$pids" ] && cpu_ticks $pids || echo 0)
  local mean requests rps failed
  mean=$(awk '/time for request:/ {v=$6; if (v ~ /us$/) {sub(/us/,"",v); print v} else if (v ~ /ms$/) {sub(/ms/,"",v); print v*1000} else {sub(/s/,"",v); print v*1000000}}' <<<"$log")
  requests=$(awk '/^requests:/ {print $8}' <<<"$log")   # succeeded
  failed=$(awk '/^requests:/ {print $10}' <<<"$log")
  rps=$(awk '/^finished in/ {gsub(/,/,"",$4); print $4}' <<<"$log")
  if [ "${failed:-1}" != "0" ] || grep -q "status codes: [0-9]* 2xx, [1-9]" <<<"$log"; then echo "h2load on $path reported failures:" >&2; echo "$log" >&2; exit 1; fi
  echo "$mean $requests $rps $((after - before))"
}

echo "warming up the router JVM (40 s): both protocols, both routes"
wrk -t1 -c4 -d10s "$router/" >/dev/null
wrk -t1 -c4 -d10s -H "$header" "$router/" >/dev/null
h2load -c4 -m1 -D 10 "$router/" >/dev/null
h2load -c4 -m1 -D 10 -H "$header" "$router/" >/dev/null
wrk -t1 -c4 -d3s http://127.0.0.1:18180/ >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/load.txt"

paths=(direct nginx nginxFork router routerFork)
for round in $(seq 1 "$rounds"); do
  # Alternate the order, so drifting load does not favour one path.
  if [ $((round % 2)) -eq 0 ]; then order=(routerFork router nginxFork nginx direct); else order=("${paths[@]}"); fi
  for path in "${order[@]}"; do
    read -r p50 requests rps ticks sys_ticks <<<"$(wrk_run "$path" 1 1)"
    record "$round" "$path" h1_1conn_p50 "$p50" us
    record "$round" "$path" h1_1conn_rps "$rps" req/s
    [ "${path#direct}" = "$path" ] && record "$round" "$path" h1_cpu_per_request "$(awk -v t="$ticks" -v r="$requests" -v u="$tick_us" 'BEGIN {printf "%.1f", t*u/r}')" us
    [ "${path#direct}" = "$path" ] && record "$round" "$path" h1_kernel_cpu_per_request "$(awk -v t="$sys_ticks" -v r="$requests" -v u="$tick_us" 'BEGIN {printf "%.1f", t*u/r}')" us
    read -r p50 requests rps ticks sys_ticks <<<"$(wrk_run "$path" 16 2)"
    record "$round" "$path" h1_16conn_rps "$rps" req/s
    read -r mean requests rps ticks <<<"$(h2_run "$path" 1)"
    record "$round" "$path" h2c_1conn_mean "$mean" us
    record "$round" "$path" h2c_1conn_rps "$rps" req/s
    [ "${path#direct}" = "$path" ] && record "$round" "$path" h2c_cpu_per_request "$(awk -v t="$ticks" -v r="$requests" -v u="$tick_us" 'BEGIN {printf "%.1f", t*u/r}')" us
    read -r mean requests rps ticks <<<"$(h2_run "$path" 16)"
    record "$round" "$path" h2c_16conn_rps "$rps" req/s
    if grep -qP '\t\t|\t$' "$results"; then echo "A measure of $path came out empty (see above); stopping." >&2; exit 1; fi
    echo "round $round: $path done"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
java -cp "$jar" dev.sandboxtests.benchmarks.router.RouterVsNginxSummary "$results" "$out/load.txt" | tee "$out/summary.md"
