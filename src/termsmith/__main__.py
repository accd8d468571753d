from termsmith.cli import run

run()
