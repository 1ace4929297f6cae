from medins_cli.cli import main

main()
