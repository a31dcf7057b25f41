"""`python -m bench`: the benchmarks `make bench` runs."""

from bench.paper import main

if __name__ == "__main__":
    main()
