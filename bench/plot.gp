# gnuplot -e "results='results.tsv'; out='dir'" bench/plot.gp
set terminal pngcairo size 900,500 font "DejaVu Sans,10"
set datafile separator "\t"
set key autotitle columnhead left top
set logscale x
set xrange [500:200000]
set xlabel "entries"
set grid
set output out."/latency.png"
set title "Search latency p50 (ms) against corpus size"
set logscale y
set ylabel "ms"
plot results using 1:16 with linespoints title "Lessenbank HTTP /api/search (1 conn)", \
     results using 1:11 with linespoints title "Lessenbank in-process", \
     results using 1:13 with linespoints title "raw Xapian", \
     results using 1:31 with linespoints title "omega CGI result page", \
     results using 1:24 with linespoints title "Lessenbank HTML result page (1 conn)"
set output out."/indexing.png"
set title "Full indexing rate (entries per second)"
unset logscale y
set ylabel "entries/s"
plot results using 1:5 with linespoints title "Lessenbank (both cores)", \
     results using 1:30 with linespoints title "omindex"
