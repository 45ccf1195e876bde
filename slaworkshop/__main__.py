from slaworkshop.cli.main import main

raise SystemExit(main())
