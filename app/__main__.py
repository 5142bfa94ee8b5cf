from app.shortrun import main

main()
