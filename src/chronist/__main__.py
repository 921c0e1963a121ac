from chronist.cli import main

main()
